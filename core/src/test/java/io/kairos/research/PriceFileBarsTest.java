package io.kairos.research;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kairos.KairosException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PriceFileBarsTest {

    @TempDir
    Path folder;

    @Test
    void readsAYahooFileAsWrittenWithTheTickerFromItsName() throws IOException {
        Path file = write("orcl-1995-2014.txt", """
                Date,Open,High,Low,Close,Adj Close,Volume
                1995-01-03,2.179012,2.191358,2.117284,2.117284,1.883304,36301200
                1995-01-04,2.123457,2.148148,2.092592,2.135803,1.899776,46051600
                1995-01-07,2.141975,2.148148,2.086420,2.092592,1.861340,37762800
                """);
        Bars bars = PriceFileBars.read(file);
        assertEquals("ORCL", bars.symbol());
        // a Saturday stays: file dates are taken as they are
        assertEquals(List.of(LocalDate.of(1995, 1, 3), LocalDate.of(1995, 1, 4), LocalDate.of(1995, 1, 7)), bars.dates());
        assertArrayEquals(new double[] {2.179012, 2.123457, 2.141975}, bars.open());
        assertArrayEquals(new double[] {2.117284, 2.135803, 2.092592}, bars.close(), 0.0);
        assertArrayEquals(new double[] {36301200, 46051600, 37762800}, bars.volume());
        Bars middle = bars.between(LocalDate.of(1995, 1, 4), LocalDate.of(1995, 1, 6));
        assertEquals(List.of(LocalDate.of(1995, 1, 4)), middle.dates());
    }

    @Test
    void aBadRowStopsTheReadNamingFileLineAndField() throws IOException {
        Path file = write("nvda.csv", """
                Date,Open,High,Low,Close,Adj Close,Volume
                2014-01-02,15.9,16.0,15.7,15.86,15.2,100
                2014-01-03,null,16.0,15.7,15.86,15.2,100
                """);
        KairosException error = assertThrows(KairosException.class, () -> PriceFileBars.read(file));
        assertEquals(file + " line 3: Open is 'null', not a number. Fix or remove the row.", error.getMessage());
    }

    @Test
    void datesMustRise() throws IOException {
        Path file = write("yhoo.csv", """
                Date,Open,High,Low,Close,Adj Close,Volume
                2014-01-03,1,1,1,1,1,1
                2014-01-02,1,1,1,1,1,1
                """);
        KairosException error = assertThrows(KairosException.class, () -> PriceFileBars.read(file));
        assertEquals(file + " line 3: 2014-01-02 does not follow 2014-01-03; the rows of a price file must be in rising date"
                + " order, one per date.", error.getMessage());
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text);
    }
}
