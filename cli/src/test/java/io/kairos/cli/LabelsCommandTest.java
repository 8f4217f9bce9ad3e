package io.kairos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `kairos labels` run as an operator would. */
class LabelsCommandTest {

    @TempDir
    Path home;

    @Test
    void printsWhatItWroteWithTheHorizonFromTheEnvironment() throws Exception {
        // AAA climbs 10, 11, 12, 13, 14 and BBB stays at 10: over 2 sessions AAA beats the median on every date
        Path prices = home.resolve("prices.csv");
        Files.writeString(prices, """
                date,open,high,low,close,volume,Name
                2024-03-04,10,10,10,10,100,AAA
                2024-03-05,11,11,11,11,100,AAA
                2024-03-06,12,12,12,12,100,AAA
                2024-03-07,13,13,13,13,100,AAA
                2024-03-08,14,14,14,14,100,AAA
                2024-03-04,10,10,10,10,100,BBB
                2024-03-05,10,10,10,10,100,BBB
                2024-03-06,10,10,10,10,100,BBB
                2024-03-07,10,10,10,10,100,BBB
                2024-03-08,10,10,10,10,100,BBB
                """);
        assertEquals(0, new CliRun(home).run("download", "--source", "csv", "--prices", prices.toString()).exitCode());

        CliRun.Result labels = new CliRun(home).env("KAIROS_LABELS_HORIZON", "2").run("labels");
        assertEquals(0, labels.exitCode(), labels::toString);
        String[] lines = labels.out().split("\n");
        assertTrue(lines[0].matches("labels: 6 rows for 2 tickers, 3 dates from 2024-03-04 to 2024-03-06, horizon 2 sessions,"
                + " in \\d+\\.\\d s"), lines[0]);
        assertEquals("label = 1: 50.00% (3)", lines[1]);
        assertEquals("triple barrier (+2.0 / -2.0 daily volatilities over 20 returns): upper 0.00% (0), lower 0.00% (0),"
                + " vertical 0.00% (0), no volatility 100.00% (6)", lines[2]);
        assertEquals("delisted labels: 0", lines[3]);
        assertEquals("without a label: 4 rows whose exit is after the last date, 0 after the data of a ticker not marked"
                + " delisted", lines[4]);
        assertEquals(5, lines.length);

        CliRun.Result rows = new CliRun(home).run("db", "query",
                "SELECT ticker, date, horizon, exit_date, round(fwd_ret, 6) AS fwd_ret, label FROM labels ORDER BY ticker, date",
                "--format", "csv");
        assertEquals("""
                ticker,date,horizon,exit_date,fwd_ret,label
                AAA,2024-03-04,2,2024-03-06,0.2,1
                AAA,2024-03-05,2,2024-03-07,0.181818,1
                AAA,2024-03-06,2,2024-03-08,0.166667,1
                BBB,2024-03-04,2,2024-03-06,0,0
                BBB,2024-03-05,2,2024-03-07,0,0
                BBB,2024-03-06,2,2024-03-08,0,0
                """, rows.out());
    }

    @Test
    void aStoreWithoutPricesIsAFailureThatSaysWhatToDo() {
        CliRun.Result empty = new CliRun(home).run("labels", "--db", "empty.duckdb");
        assertEquals(1, empty.exitCode(), empty::toString);
        assertEquals("kairos: No prices in the store: run kairos download first.\n", empty.err());
        assertEquals("", empty.out());
    }

    @Test
    void aSyntheticMarketIsLabelledEndToEnd() {
        assertEquals(0, new CliRun(home).run("download", "--tickers", "20", "--years", "1").exitCode());
        CliRun.Result labels = new CliRun(home).run("labels");
        assertEquals(0, labels.exitCode(), labels::toString);
        assertTrue(labels.out().matches("(?s)labels: [0-9,]+ rows for 20 tickers, .* horizon 20 sessions, .*"), labels.out());
        CliRun.Result horizons = new CliRun(home).run("db", "query", "SELECT DISTINCT horizon FROM labels", "--format", "csv");
        assertEquals("horizon\n20\n", horizons.out());
    }
}
