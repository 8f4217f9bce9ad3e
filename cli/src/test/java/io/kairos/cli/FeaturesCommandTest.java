package io.kairos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.calendar.NyseCalendar;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `kairos features`: what it prints and how it exits, through the command line. */
class FeaturesCommandTest {

    private static final String FULL = "features full build \\((no earlier build|rebuild requested)\\): 20\\d\\d-\\d\\d-\\d\\d to 2026-11-20,"
            + " [0-9,]+ rows x 52 features for 30 tickers in [0-9.]+ s \\([0-9,]+ price rows read\\)\n";

    @TempDir
    Path home;

    @Test
    void buildsEverythingOnceThenReportsUpToDateAndRebuildsOnRequest() {
        assertEquals(0, new CliRun(home).run("download", "--tickers", "30", "--years", "2").exitCode());

        CliRun.Result first = new CliRun(home).run("features");
        assertEquals(0, first.exitCode(), first::toString);
        assertTrue(first.out().matches(FULL.replace("(no earlier build|rebuild requested)", "no earlier build")), first.out());

        CliRun.Result again = new CliRun(home).run("features");
        assertEquals(0, again.exitCode(), again::toString);
        assertTrue(again.out().matches("features up to date through 2026-11-20 \\(no prices after 2026-11-20\\): nothing written,"
                + " [0-9.]+ s\n"), again.out());

        CliRun.Result rebuilt = new CliRun(home).run("features", "--rebuild");
        assertEquals(0, rebuilt.exitCode(), rebuilt::toString);
        assertTrue(rebuilt.out().matches(FULL.replace("(no earlier build|rebuild requested)", "rebuild requested")), rebuilt.out());

        CliRun.Result rows = new CliRun(home).run("db", "query",
                "SELECT (SELECT count(*) FROM feat_matrix) = (SELECT count(*) FROM sep_base) AS same,"
                        + " (SELECT count(*) FROM feature_catalog) AS features, (SELECT count(*) FROM feature_builds) AS builds",
                "--format", "csv");
        assertEquals("same,features,builds\ntrue,52,2\n", rows.out());
    }

    @Test
    void aRestatedPriceIsRefusedWithExitThreeUntilRebuilt() throws Exception {
        List<LocalDate> days = NyseCalendar.create().sessions(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 20));
        Path before = prices("before.csv", days.subList(0, days.size() - 5), 1.0);
        assertEquals(0, new CliRun(home).run("download", "--source", "csv", "--prices", before.toString()).exitCode());
        assertEquals(0, new CliRun(home).run("features").exitCode());

        // the new week arrives with history restated for a dividend: earlier closes scaled down
        Path after = prices("after.csv", days, 0.99);
        assertEquals(0, new CliRun(home).run("download", "--source", "csv", "--prices", after.toString()).exitCode());
        CliRun.Result refused = new CliRun(home).run("features");
        assertEquals(3, refused.exitCode(), refused::toString);
        assertTrue(refused.err().startsWith("kairos: Prices or sectors dated on or before " + days.get(days.size() - 6)
                + " changed since the features were built"), refused.err());
        assertTrue(refused.err().endsWith("Run kairos features --rebuild to recompute every date.\n"), refused.err());

        CliRun.Result rebuilt = new CliRun(home).run("features", "--rebuild");
        assertEquals(0, rebuilt.exitCode(), rebuilt::toString);
        assertTrue(rebuilt.out().contains(" rows x 52 features for 3 tickers "), rebuilt.out());
    }

    @Test
    void anEmptyStoreSaysToDownloadFirst() {
        CliRun.Result empty = new CliRun(home).run("features", "--db", "empty.duckdb");
        assertEquals(1, empty.exitCode(), empty::toString);
        assertEquals("kairos: No prices in the store: run kairos download first.\n", empty.err());
    }

    /** Three tickers over {@code days}; closes before the last five days multiplied by {@code restated}. */
    private Path prices(String name, List<LocalDate> days, double restated) throws Exception {
        StringBuilder csv = new StringBuilder("date,open,high,low,close,volume,Name\n");
        for (String ticker : List.of("AAA", "BBB", "CCC")) {
            for (int k = 0; k < days.size(); k++) {
                double close = (20 + ticker.charAt(0) - 'A' + k % 7) * (k < days.size() - 5 ? restated : 1);
                csv.append(days.get(k)).append(',').append(close).append(',').append(close + 1).append(',').append(close - 1)
                        .append(',').append(close).append(",1000,").append(ticker).append('\n');
            }
        }
        Path file = home.resolve(name);
        Files.writeString(file, csv);
        return file;
    }
}
