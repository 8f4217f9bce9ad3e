package io.kairos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.kairos.data.store.PriceStore;
import io.kairos.data.store.StoreSettings;
import io.kairos.model.CalibrationFixture;
import io.kairos.ops.Json;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The clock of every run is 2026-11-20 after the close (CliRun). */
class ModelStatusCommandTest {

    @TempDir
    Path home;

    /**
     * One model as of {@code asOf}, trained monthly on 2026-01-02 to 2026-08-31; feature rows for 5 tickers on every
     * day of 2026 to 2026-11-20, mom_20 steady, vol_20 shifted by 100 in the last five days (drift); and 4 live
     * predictions after the training end with labels, 3 of them right.
     */
    private void store(String asOf) throws Exception {
        try (PriceStore store = PriceStore.open(home.resolve("data/kairos.duckdb"), PriceStore.Access.READ_WRITE,
                StoreSettings.DEFAULTS)) {
            CalibrationFixture fixture = new CalibrationFixture(store.connection(), home);
            fixture.registerModel(asOf, LocalDate.of(2026, 1, 2), LocalDate.of(2026, 8, 31), CalibrationFixture.metricsWithTestAccuracy());
            List<Object[]> rows = new ArrayList<>();
            LocalDate last = LocalDate.of(2026, 11, 20);
            for (LocalDate date = LocalDate.of(2026, 1, 2); !date.isAfter(last); date = date.plusDays(1)) {
                for (int t = 0; t < 5; t++) {
                    rows.add(new Object[] {CalibrationFixture.ticker(t), date, (double) t, date.isAfter(last.minusDays(5)) ? t + 100.0 : t});
                }
            }
            fixture.featureRows(rows);
            LocalDate live = LocalDate.of(2026, 9, 15);
            double[] scores = {0.7, 0.6, 0.3, 0.8};
            int[] labels = {1, 1, 0, 0};
            for (int t = 0; t < scores.length; t++) {
                fixture.predict(asOf, CalibrationFixture.ticker(t), live, 0, scores[t]);
                fixture.label(CalibrationFixture.ticker(t), live, labels[t]);
            }
        }
    }

    @Test
    void aFreshModelExitsZeroAndShowsDriftAndHitRateAsWarnings() throws Exception {
        store("2026-10-30");
        CliRun.Result run = new CliRun(home).run("model-status");
        assertEquals(0, run.exitCode(), run::toString);
        String out = run.out();
        assertTrue(out.startsWith("model 2026-10-30: as of 2026-10-30, trained on 2026-01-02 to 2026-08-31, calibration none"
                + " (run kairos calibrate)\nage: 21 days on 2026-11-20 (model.max_age_days 45)\n"
                + "drift: 8 training dates 2026-01-30 to 2026-08-31 (40 rows) against the last 5 sessions 2026-11-16 to 2026-11-20"
                + " (25 rows), PSI alert 0.25\n"), out);
        // vol_20: training deciles 0..4 (tickers 0-4, a fifth each), every latest value above 4 in a bin empty in training:
        // 5 * (0.0001 - 0.2) * ln(0.0001 / 0.2) + (1 - 0.0001) * ln(1 / 0.0001) = 16.807.
        assertTrue(out.matches("(?s).*\nvol_20\\s+16\\.807\\s+0\\.0%\\s+0\\.0%\\s+DRIFT\nmom_20\\s+0\\.000\\s.*"), out);
        assertTrue(out.contains("\nhit rate: 75.0% on 4 live predictions with known labels; validation promised 55.0%"
                + " (metrics.json testFolds.accuracy)\n"), out);
        assertTrue(out.endsWith("WARNING: 1 of 2 features drifted (PSI above 0.25): vol_20 16.81\n"
                + "OK: the model is within its age limit; the warnings above do not block.\n"), out);
    }

    @Test
    void aStaleModelExitsThreeWithTheReasonUnlessTheLimitIsRaised() throws Exception {
        store("2026-09-01");
        CliRun.Result stale = new CliRun(home).run("model-status");
        assertEquals(3, stale.exitCode(), stale::toString);
        assertTrue(stale.out().endsWith("STALE: model 2026-09-01 is 80 days old, beyond model.max_age_days (45):"
                + " retrain it with kairos train.\n"), stale.out());

        CliRun.Result relaxed = new CliRun(home).env("KAIROS_MODEL_MAX_AGE_DAYS", "90").run("model-status", "--model", "2026-09-01");
        assertEquals(0, relaxed.exitCode(), relaxed::toString);
    }

    @Test
    void jsonHasTheWholeStatusAndTheSameExitCode() throws Exception {
        store("2026-09-01");
        CliRun.Result run = new CliRun(home).run("model-status", "--json");
        assertEquals(3, run.exitCode(), run::toString);
        JsonNode status = Json.mapper().readTree(run.out());
        assertEquals("2026-09-01", status.get("modelId").asText());
        assertEquals(80, status.get("ageDays").asInt());
        assertTrue(status.get("stale").asBoolean());
        assertEquals("vol_20", status.at("/drift/features/1/name").asText());
        assertTrue(status.at("/drift/features/1/drifted").asBoolean());
        assertEquals(4, status.at("/hitRate/rows").asInt());
        assertEquals(0.75, status.at("/hitRate/rate").asDouble());
        assertEquals(1, status.get("warnings").size());
    }

    @Test
    void withoutModelsItSaysToTrainFirst() throws Exception {
        try (PriceStore store = PriceStore.open(home.resolve("data/kairos.duckdb"), PriceStore.Access.READ_WRITE,
                StoreSettings.DEFAULTS)) {
            new CalibrationFixture(store.connection(), home);
        }
        CliRun.Result run = new CliRun(home).run("model-status");
        assertEquals(1, run.exitCode(), run::toString);
        assertEquals("kairos: No model in model_registry: run kairos train first.\n", run.err());
    }
}
