package io.kairos.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kairos.testsupport.SharedData;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Ground truth: the trading days in real price files (see shared/data/README.md) are exactly the
 * calendar's sessions over each file's span. Skipped when the shared data folder is absent.
 */
class NyseSessionsRealDataTest {

    private static final NyseCalendar CALENDAR = NyseCalendar.create();

    @Test
    void sp500FiveYearFileTradesExactlyOnTheSessions() throws IOException {
        SortedSet<LocalDate> tradingDays = firstColumnDates(gzipLines(SharedData.file("sp500_5yr_daily.csv.gz")));

        assertEquals(LocalDate.of(2013, 2, 8), tradingDays.first());
        assertEquals(LocalDate.of(2018, 2, 7), tradingDays.last());
        assertEquals(1259, tradingDays.size());
        assertEquals(CALENDAR.sessions(tradingDays.first(), tradingDays.last()), new ArrayList<>(tradingDays));
    }

    /** Yahoo daily bars of three Nasdaq stocks, 1995-2015: they span the 2001, 2004, 2007 and 2012 closures. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "backtrader/orcl-1995-2014.txt, 1995-01-03, 2014-12-31, 5036",
        "backtrader/yhoo-1996-2015.txt, 1996-04-12, 2015-12-31, 4965",
        "backtrader/nvda-1999-2014.txt, 1999-01-22, 2014-12-31, 4012",
    })
    void yahooFilesTradeExactlyOnTheSessions(String file, LocalDate first, LocalDate last, int rows)
            throws IOException {
        SortedSet<LocalDate> tradingDays = firstColumnDates(Files.readAllLines(SharedData.file(file)));

        assertEquals(first, tradingDays.first());
        assertEquals(last, tradingDays.last());
        assertEquals(rows, tradingDays.size());
        assertEquals(CALENDAR.sessions(first, last), new ArrayList<>(tradingDays));
    }

    private static List<String> gzipLines(Path file) throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        }
    }

    /** The distinct ISO dates of the first column, skipping the header line. */
    private static SortedSet<LocalDate> firstColumnDates(List<String> lines) {
        SortedSet<LocalDate> dates = new TreeSet<>();
        for (String line : lines.subList(1, lines.size())) {
            dates.add(LocalDate.parse(line.substring(0, line.indexOf(','))));
        }
        return dates;
    }
}
