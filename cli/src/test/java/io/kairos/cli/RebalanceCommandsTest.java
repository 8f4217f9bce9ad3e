package io.kairos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.portfolio.RebalanceStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check-data and generate-picks black-box, on the 60-name store of the portfolio tests with the default settings. */
class RebalanceCommandsTest {

    @TempDir
    Path home;

    private Path store() throws Exception {
        Path db = home.resolve("data/kairos.duckdb");
        Files.createDirectories(db.getParent());
        new RebalanceStore(db).close();
        return db;
    }

    @Test
    void checkDataPassesOnTheRebalanceDateAndBlocksThreeSessionsLater() throws Exception {
        store();
        CliRun.Result ready = new CliRun(home).run("check-data", "--date", "2026-10-30");
        assertEquals(0, ready.exitCode(), ready::toString);
        assertTrue(ready.out().startsWith("readiness of 2026-10-30: data of 2026-10-30, predictions of model 2026-10-30\n"),
                ready.out());
        // 60 liquid names against the default portfolio.min_liquid_names of 500: a warning, not a block
        assertTrue(ready.out().contains("liquidity       WARNING   60 of 60 names on 2026-10-30 have adv_20 of at least"
                + " 2,000,000; portfolio.min_liquid_names asks for 500"), ready.out());
        assertTrue(ready.out().endsWith("OK: ready to rebalance.\n"), ready.out());

        CliRun.Result stale = new CliRun(home).run("check-data", "--date", "2026-11-04", "--json");
        assertEquals(3, stale.exitCode(), stale::toString);
        assertTrue(stale.out().contains("\"blocked\" : true"), stale.out());
        assertTrue(stale.out().contains("3 sessions before 2026-11-04"), stale.out());
    }

    @Test
    void generatePicksWritesTheFolderAndPrintsTheSummary() throws Exception {
        store();
        CliRun.Result run = new CliRun(home).run("generate-picks", "--date", "2026-10-30");
        assertEquals(0, run.exitCode(), run::toString);
        Path folder = home.resolve("outputs/rebalance/2026-10-30");
        for (String file : List.of("picks.csv", "trades.csv", "checks.json", "summary.json", "manifest.json")) {
            assertTrue(Files.isRegularFile(folder.resolve(file)), file);
        }
        assertTrue(run.out().startsWith("rebalance 2026-10-30: data of 2026-10-30, model 2026-10-30, sizing inverse_vol,"
                + " prior none\nuniverse: 60 of 60 listed names are liquid, sized and scored; 60 held\n"), run.out());
        assertTrue(run.out().contains("written: " + folder), run.out());
        assertEquals(61, Files.readAllLines(folder.resolve("picks.csv")).size(), "top_n 75 keeps all 60 names");
    }

    @Test
    void aBlockedRebalanceExitsThreeAndWritesNothing() throws Exception {
        store();
        CliRun.Result run = new CliRun(home).run("generate-picks", "--date", "2026-11-04");
        assertEquals(3, run.exitCode(), run::toString);
        assertTrue(run.err().contains("The rebalance of 2026-11-04 is not ready:"), run.err());
        assertFalse(Files.exists(home.resolve("outputs/rebalance")));
    }

    @Test
    void aBadPriorFileExitsOneNamingTheLine() throws Exception {
        store();
        Path prior = Files.writeString(home.resolve("prior.csv"), "ticker,weight\nT01,0.5\nNOPE,0.1\n");
        CliRun.Result run = new CliRun(home).run("generate-picks", "--date", "2026-10-30", "--prior", prior.toString());
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.err().contains(prior + " line 3: ticker NOPE is not in the store's tickers table"), run.err());
        assertFalse(Files.exists(home.resolve("outputs/rebalance")));

        CliRun.Result both = new CliRun(home).run("generate-picks", "--no-prior", "--prior", prior.toString());
        assertEquals(2, both.exitCode(), both::toString);
    }
}
