package io.kairos.execution.fill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The rounding of doubles without printing them gives what rounding their printed decimal gives, value and scale. */
class MoneyTest {

    @Test
    void halvesOfTheLastDecimalRoundUpAsPrinted() {
        // 1.005 is 1.00499999999999989... in binary; it prints as 1.005, which rounds half up to 1.01
        assertEquals(new BigDecimal("1.01"), Money.dollars(1.005));
        assertEquals(new BigDecimal("2.68"), Money.dollars(2.675));
        assertEquals(new BigDecimal("-0.13"), Money.dollars(-0.125));
        assertEquals(new BigDecimal("101.0563"), Money.price(101.05625));
        assertEquals(new BigDecimal("0.00"), Money.dollars(-0.001));
        assertEquals(new BigDecimal("50528.15"), Money.dollars(50_528.15));
    }

    @Test
    void agreesWithThePrintedDecimalEverywhere() {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 400_000; i++) {
            double magnitude = Math.pow(10, random.nextInt(-6, 16));
            double value = switch (i % 4) {
                case 0 -> random.nextDouble(-1, 1) * magnitude;
                // a decimal with a half in the place after the last kept one, as prices and amounts often are
                case 1 -> (random.nextLong(0, 100_000_000) + 0.5) / 100;
                case 2 -> (random.nextLong(0, 100_000_000) + 0.5) / 10_000;
                default -> random.nextLong(0, 1_000_000) * random.nextDouble(0, 500) * 0.0005;
            };
            assertEquals(BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP), Money.dollars(value), "dollars of " + value);
            assertEquals(BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP), Money.price(value), "price of " + value);
        }
    }

    @Test
    void refusesWhatIsNotANumber() {
        assertThrows(NumberFormatException.class, () -> Money.dollars(Double.NaN));
        assertThrows(NumberFormatException.class, () -> Money.price(Double.POSITIVE_INFINITY));
    }
}
