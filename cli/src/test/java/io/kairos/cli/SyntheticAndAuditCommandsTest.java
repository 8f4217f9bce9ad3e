package io.kairos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.kairos.ops.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What `make demo` runs: the synthetic market into a fresh store, then the audit, through the command line. */
class SyntheticAndAuditCommandsTest {

    private static final String EVERY_ROW = "SELECT * FROM sep_base ORDER BY ticker, date";

    @TempDir
    Path home;

    @Test
    void syntheticMarketEndsOnTheLastCompletedSessionAndReloadsInPlace() {
        CliRun.Result first = new CliRun(home).run("download", "--tickers", "30", "--years", "2");
        assertEquals(0, first.exitCode(), first::toString);
        assertTrue(first.out().matches("loaded [0-9,]+ rows for 30 tickers \\(20\\d\\d-\\d\\d-\\d\\d to 2026-11-20\\) .*: [0-9,]+ new, 0 replaced\n"),
                first.out());
        CliRun.Result again = new CliRun(home).run("download", "--tickers", "30", "--years", "2");
        assertTrue(again.out().contains(": 0 new, "), "a second run replaces every row: " + again.out());
        CliRun.Result duplicates = new CliRun(home).run("db", "query",
                "SELECT count(*) AS n FROM (SELECT ticker, date FROM sep_base GROUP BY ALL HAVING count(*) > 1)", "--format", "csv");
        assertEquals("n\n0\n", duplicates.out());
    }

    @Test
    void sameSeedAndEndGiveTheSameRowsAndAnotherSeedDoesNot() {
        new CliRun(home).run("download", "--tickers", "20", "--years", "1", "--db", "a.duckdb");
        new CliRun(home).run("download", "--tickers", "20", "--years", "1", "--db", "b.duckdb");
        new CliRun(home).run("download", "--tickers", "20", "--years", "1", "--seed", "7", "--db", "c.duckdb");
        String a = new CliRun(home).run("db", "query", EVERY_ROW, "--format", "csv", "--db", "a.duckdb").out();
        String b = new CliRun(home).run("db", "query", EVERY_ROW, "--format", "csv", "--db", "b.duckdb").out();
        String c = new CliRun(home).run("db", "query", EVERY_ROW, "--format", "csv", "--db", "c.duckdb").out();
        assertTrue(a.lines().count() > 20 * 200, "a year of 20 names");
        assertEquals(a, b);
        assertNotEquals(a, c);
    }

    @Test
    void auditOfAFreshMarketPassesAndWritesItsReport() throws Exception {
        new CliRun(home).run("download", "--tickers", "40", "--years", "2");
        CliRun.Result audit = new CliRun(home).run("data-audit");
        assertEquals(0, audit.exitCode(), audit::toString);
        assertTrue(audit.out().startsWith("audit as of 2026-11-20: "), audit.out());
        assertTrue(audit.out().matches("(?s).*\nstale_data\\s+BLOCKING\\s+0\\s+0\\s+0\n.*"), audit.out());
        assertTrue(audit.out().endsWith("OK: no blocking findings.\n"), audit.out());
        Path report = home.resolve("outputs/audit/2026-11-20/audit.json");
        JsonNode json = Json.mapper().readTree(report.toFile());
        assertEquals("2026-11-20", json.get("asOf").asText());
        assertEquals(40, json.at("/store/tickers").asInt());
        assertTrue(Files.exists(home.resolve("outputs/audit/2026-11-20/manifest.json")));
    }

    @Test
    void auditExitsThreeWhenTheDataIsStaleOrBad() throws Exception {
        new CliRun(home).run("download", "--tickers", "10", "--years", "1");
        CliRun.Result stale = new CliRun(home).run("data-audit", "--as-of", "2026-11-27", "--output-dir", "audit-later");
        assertEquals(3, stale.exitCode(), stale::toString);
        assertTrue(stale.out().contains("stale_data: "), stale.out());
        assertTrue(stale.out().endsWith("BLOCKED: fix the blocking findings above before using this data (or change audit.blocking).\n"));
        assertTrue(Files.exists(home.resolve("audit-later/audit.json")), "--output-dir is taken from the working folder");

        Path prices = home.resolve("bad.csv");
        Files.writeString(prices, "date,open,high,low,close,volume,Name\n2026-11-20,1,1,1,0,100,ZERO\n");
        new CliRun(home).run("download", "--source", "csv", "--prices", prices.toString());
        CliRun.Result bad = new CliRun(home).run("data-audit");
        assertEquals(3, bad.exitCode(), bad::toString);
        assertTrue(bad.out().contains("non_positive_prices: ZERO 2026-11-20 "), bad.out());
        CliRun.Result relaxed = new CliRun(home).env("KAIROS_AUDIT_BLOCKING", "duplicate_rows,stale_data").run("data-audit");
        assertEquals(0, relaxed.exitCode(), "the operator decides what blocks: " + relaxed);
    }
}
