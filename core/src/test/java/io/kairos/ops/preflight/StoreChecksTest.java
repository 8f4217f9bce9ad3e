package io.kairos.ops.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.data.store.PriceStore;
import io.kairos.data.store.StoreHolder;
import io.kairos.data.store.StoreSettings;
import io.kairos.portfolio.RebalanceStore;
import io.kairos.testsupport.StoreSql;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store checks on a real DuckDB file: the 60-name store of the portfolio tests, ready on Friday 2026-10-30 (prices,
 * features, calibrated predictions and model 2026-10-30 as of that day).
 */
class StoreChecksTest {

    private static final long GIB = 1L << 30;

    @TempDir
    Path dir;

    private static void assertOutcome(PreflightStatus status, String reason, PreflightOutcome outcome) {
        assertEquals(status + " " + reason, outcome.status() + " " + outcome.reason());
    }

    private PreflightHome ready() throws Exception {
        PreflightHome home = new PreflightHome(dir);
        Files.createDirectories(home.db().getParent());
        new RebalanceStore(home.db()).close();
        return home;
    }

    private void sql(PreflightHome home, String statement) {
        try (PriceStore store = PriceStore.open(home.db(), PriceStore.Access.READ_WRITE, StoreSettings.DEFAULTS)) {
            StoreSql.execute(store, statement);
        }
    }

    @Test
    void noStoreFailsAndTheChecksReadingItAreSkipped() {
        PreflightHome home = new PreflightHome(dir);
        assertOutcome(PreflightStatus.FAIL, "No store at data/kairos.duckdb: load prices first (kairos download --source ...) or"
                + " point --db at the store.", home.run(new StoreWritableCheck()));
        assertOutcome(PreflightStatus.FAIL, "skipped: the store cannot be opened", home.run(new DataFreshCheck()));
        assertTrue(Files.notExists(home.db()), "preflight creates no store");
    }

    @Test
    void aStoreHeldByAnotherProcessFailsNamingItsPid() throws Exception {
        PreflightHome home = ready();
        assertOutcome(PreflightStatus.PASS, "data/kairos.duckdb opens read-write; its folder takes new files",
                home.run(new StoreWritableCheck()));
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StoreHolder.class.getName(), home.db().toString())
                .redirectErrorStream(true).start();
        try {
            String started = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8)).readLine();
            assertTrue(started != null && started.startsWith("holding"), "holder did not start: " + started);

            PreflightOutcome locked = home.run(new StoreWritableCheck());

            assertEquals(PreflightStatus.FAIL, locked.status());
            assertTrue(locked.reason().startsWith("The store " + home.db().toAbsolutePath() + " is locked by another process: PID "
                    + holder.pid()), locked.reason());
        } finally {
            holder.getOutputStream().close();
            assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
        }
    }

    @Test
    void lessFreeSpaceThanTheThresholdsFailsOrWarns() throws Exception {
        long free = Files.getFileStore(dir).getUsableSpace();
        PreflightHome home = new PreflightHome(dir);
        PreflightOutcome full = home.run(new DiskSpaceCheck(free + 2 * GIB, free + 4 * GIB));
        assertEquals(PreflightStatus.FAIL, full.status());
        assertTrue(full.reason().matches("\\d+\\.\\d GiB free on the file system of " + dir.toAbsolutePath() + ", under \\d+\\.\\d"
                + " GiB: free space before trading"), full.reason());
        assertEquals(PreflightStatus.WARN, home.run(new DiskSpaceCheck(0, free + 2 * GIB)).status());
        assertEquals(PreflightStatus.PASS, home.run(new DiskSpaceCheck(0, 0)).status());
        assertEquals("disk space", DiskSpaceCheck.standard().name());
        assertTrue(DiskSpaceCheck.standard().rule().startsWith("Free space on the file system of the store's folder: under 1.0 GiB"
                + " is a FAIL"), DiskSpaceCheck.standard().rule());
    }

    @Test
    void pricesOlderThanTheLastCompletedSessionFail() throws Exception {
        PreflightHome home = ready();
        assertOutcome(PreflightStatus.PASS, "sep_base has 2026-10-30, the last completed session", home.run(new DataFreshCheck()));
        assertOutcome(PreflightStatus.PASS, "sep_base has 2026-10-30, the last completed session",
                home.at("2026-10-31T15:00:00Z").run(new DataFreshCheck()));
        assertOutcome(PreflightStatus.FAIL, "sep_base ends on 2026-10-30, 2 sessions before 2026-11-03, the last completed session:"
                + " run kairos download, then kairos features", home.at("2026-11-03T22:00:00Z").run(new DataFreshCheck()));
        assertOutcome(PreflightStatus.WARN, "sep_base holds 2026-10-30, after 2026-10-29, the last completed session: check this"
                + " machine's clock and the data source", home.at("2026-10-30T14:00:00Z").run(new DataFreshCheck()));
        sql(home, "DELETE FROM sep_base");
        assertOutcome(PreflightStatus.FAIL, "sep_base holds no prices: run kairos download",
                home.at("2026-10-30T22:00:00Z").run(new DataFreshCheck()));
    }

    @Test
    void noPredictionsForTheLastRebalanceDayFail() throws Exception {
        PreflightHome home = ready();
        assertOutcome(PreflightStatus.PASS, "rebalance day 2026-10-30: model 2026-10-30 scored 60 names on 2026-10-30",
                home.at("2026-11-03T22:00:00Z").run(new PredictionsCurrentCheck()));
        sql(home, "DELETE FROM predictions");
        assertOutcome(PreflightStatus.FAIL, "rebalance day 2026-10-30: no model has predictions for 2026-10-30: run kairos train"
                + " (then kairos calibrate)", home.run(new PredictionsCurrentCheck()));
    }

    @Test
    void aModelOlderThanMaxAgeDaysFails() throws Exception {
        PreflightHome home = ready();
        assertOutcome(PreflightStatus.PASS, "model 2026-10-30 is 0 days old (model.max_age_days 45)", home.run(new ModelAgeCheck()));
        assertOutcome(PreflightStatus.FAIL, "model 2026-10-30 is 46 days old, beyond model.max_age_days (45): retrain it with kairos"
                + " train.", home.at("2026-12-15T22:00:00Z").run(new ModelAgeCheck()));
        sql(home, "DELETE FROM model_registry");
        assertOutcome(PreflightStatus.FAIL, "No model in model_registry: run kairos train first.", home.run(new ModelAgeCheck()));
    }
}
