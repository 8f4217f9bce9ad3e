package io.kairos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.data.store.StoreHolder;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreCommandsTest {

    @TempDir
    Path home;

    private Path prices;

    @BeforeEach
    void writePrices() throws Exception {
        prices = home.resolve("prices.csv");
        Files.writeString(prices, String.join("\n",
                "date,open,high,low,close,volume,Name",
                "2024-03-04,10,11,9,10.5,1000,AAA",
                "2024-03-05,10.5,12,10,11.75,1500,AAA",
                "2024-03-04,20,22,19,21,500,BBB",
                "2024-03-05,,22,19,21.5,600,BBB",
                ""));
    }

    @Test
    void csvDownloadReportsWhatLandedAndWhatWasQuarantined() {
        CliRun.Result result = new CliRun(home).run("download", "--source", "csv", "--prices", prices.toString());
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.out().startsWith("loaded 3 rows for 2 tickers (2024-03-04 to 2024-03-05) into the store in "), result.out());
        assertTrue(result.out().contains(": 3 new, 0 replaced\nquarantined 1 rows (kairos db query \"SELECT * FROM sep_quarantine\"), e.g.:\n  "
                + prices + " line 5: blank open\n"), result.out());
        assertTrue(Files.exists(home.resolve("data/kairos.duckdb")), "the default store is under KAIROS_HOME");
    }

    @Test
    void dbQueryPrintsATableCsvOrJson() {
        new CliRun(home).run("download", "--source", "csv", "--prices", prices.toString());
        String sql = "SELECT ticker, date, close, volume FROM sep_base ORDER BY ticker, date";

        CliRun.Result table = new CliRun(home).run("db", "query", sql);
        assertEquals(0, table.exitCode(), table::toString);
        assertEquals("""
                ticker  date        close  volume
                ------  ----------  -----  ------
                AAA     2024-03-04   10.5    1000
                AAA     2024-03-05  11.75    1500
                BBB     2024-03-04     21     500
                (3 rows)
                """, table.out());

        CliRun.Result csv = new CliRun(home).run("db", "query", sql, "--format", "csv");
        assertEquals("ticker,date,close,volume\nAAA,2024-03-04,10.5,1000\nAAA,2024-03-05,11.75,1500\nBBB,2024-03-04,21,500\n", csv.out());

        CliRun.Result json = new CliRun(home).run("db", "query", "SELECT ticker, close FROM sep_base WHERE ticker = 'BBB'", "--format", "json");
        assertEquals("[ {\n  \"ticker\" : \"BBB\",\n  \"close\" : 21\n} ]\n", json.out());
    }

    @Test
    void dbQueryRefusesToChangeTheStore() {
        new CliRun(home).run("download", "--source", "csv", "--prices", prices.toString());
        CliRun.Result result = new CliRun(home).run("db", "query", "DELETE FROM sep_base");
        assertEquals(2, result.exitCode(), result::toString);
        assertTrue(result.err().startsWith("kairos: The query failed: "), result.err());
        assertTrue(result.err().contains("read-only"), result.err());
        assertEquals("3\n", new CliRun(home).run("db", "query", "SELECT count(*) AS n FROM sep_base", "--format", "csv").out().lines()
                .skip(1).findFirst().orElseThrow() + "\n");
    }

    @Test
    void dbInfoListsTablesWithRowsAndDates() {
        new CliRun(home).run("download", "--source", "csv", "--prices", prices.toString());
        CliRun.Result info = new CliRun(home).run("db", "info");
        assertEquals(0, info.exitCode(), info::toString);
        assertTrue(info.out().startsWith("store: " + home.resolve("data/kairos.duckdb") + " ("), info.out());
        assertTrue(info.out().contains(", schema version 1)\n"), info.out());
        assertTrue(info.out().matches("(?s).*\nsep_base\\s+3\\s+2024-03-04\\s+2024-03-05\n.*"), info.out());
        assertTrue(info.out().matches("(?s).*\nsep_quarantine\\s+1\n.*"), info.out());
        assertTrue(info.out().matches("(?s).*\ntickers\\s+2\n.*"), info.out());
    }

    @Test
    void dbCommandsOnAMissingStoreSayHowToMakeOne() {
        CliRun.Result result = new CliRun(home).run("db", "info", "--db", "nowhere.duckdb");
        assertEquals(1, result.exitCode());
        assertEquals("kairos: No store at " + home.resolve("nowhere.duckdb") + ": load prices first (kairos download --source ...)"
                + " or point --db at an existing store.\n", result.err());
    }

    @Test
    void optionsOfAnotherSourceAreRefused() {
        CliRun.Result result = new CliRun(home).run("download", "--source", "csv", "--prices", prices.toString(), "--symbols", "AAPL");
        assertEquals(2, result.exitCode());
        assertTrue(result.err().startsWith("--symbols does not apply to --source csv."), result.err());
    }

    @Test
    void aSecondWriterGetsTheLockHoldersPid() throws Exception {
        Path db = home.resolve("data/kairos.duckdb");
        new CliRun(home).run("download", "--source", "csv", "--prices", prices.toString());
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StoreHolder.class.getName(), db.toString())
                .redirectErrorStream(true).start();
        try {
            String ready = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8)).readLine();
            assertTrue(ready != null && ready.startsWith("holding"), "holder did not start: " + ready);
            CliRun.Result result = new CliRun(home).run("download", "--source", "csv", "--prices", prices.toString());
            assertEquals(1, result.exitCode(), result::toString);
            assertTrue(result.err().startsWith("kairos: The store " + db + " is locked by another process: PID " + holder.pid() + " ("),
                    result.err());
            assertTrue(!result.err().contains("\tat "), "no stack trace");
        } finally {
            holder.getOutputStream().close();
            assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
        }
    }
}
