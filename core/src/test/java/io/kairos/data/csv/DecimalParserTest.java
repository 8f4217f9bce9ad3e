package io.kairos.data.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DecimalParserTest {

    private static double parse(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        return DecimalParser.parse(bytes, 0, bytes.length);
    }

    @Test
    void plainDecimalsParseToTheSameDoubleAsTheJdk() {
        for (String text : new String[] {"0", "17.87", "35.785", "-2.5", "+3", "1858900.0", "0.0001", "526.09", "69.0842",
                "123456789012345", "9007199254740991", ".5", "5."}) {
            assertEquals(Double.parseDouble(text), parse(text), text);
        }
    }

    @Test
    void randomPricesAgreeWithTheJdkBitForBit() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            String text = String.format("%d.%0" + (1 + random.nextInt(6)) + "d", random.nextInt(5000),
                    random.nextInt(1000));
            assertEquals(Double.doubleToLongBits(Double.parseDouble(text)), Double.doubleToLongBits(parse(text)), text);
        }
    }

    @Test
    void exponentsAndLongMantissasFallBackToTheJdk() {
        assertEquals(1.5e3, parse("1.5e3"));
        assertEquals(Double.parseDouble("3.14159265358979323846"), parse("3.14159265358979323846"));
    }

    @Test
    void blankOrNonNumericIsNaN() {
        for (String text : new String[] {"", "  ", "null", "NaN", "Infinity", "abc", "1.2.3", "0x10", "-", "1e999"}) {
            assertTrue(Double.isNaN(parse(text)), text);
        }
    }

    @Test
    void surroundingSpacesAreIgnored() {
        assertEquals(12.5, parse(" 12.5 "));
    }
}
