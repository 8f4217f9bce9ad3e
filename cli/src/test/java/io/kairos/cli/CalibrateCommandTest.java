package io.kairos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.data.store.PriceStore;
import io.kairos.data.store.StoreSettings;
import io.kairos.model.CalibrationFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalibrateCommandTest {

    @TempDir
    Path home;

    /** Model 2026-10-30 without predictions, and the latest, 2026-11-20, with 600 out-of-sample rows and 20 latest ones. */
    private void store(boolean withLabels) throws Exception {
        try (PriceStore store = PriceStore.open(home.resolve("data/kairos.duckdb"), PriceStore.Access.READ_WRITE,
                StoreSettings.DEFAULTS)) {
            CalibrationFixture fixture = new CalibrationFixture(store.connection(), home);
            fixture.registerModel("2026-10-30", LocalDate.of(2020, 1, 31), LocalDate.of(2026, 9, 30),
                    CalibrationFixture.metricsWithTestAccuracy());
            fixture.registerModel("2026-11-20", LocalDate.of(2020, 1, 31), LocalDate.of(2026, 10, 30),
                    CalibrationFixture.metricsWithTestAccuracy());
            fixture.miscalibratedPredictions("2026-11-20", LocalDate.of(2025, 1, 3), 3, 10, 20, LocalDate.of(2026, 11, 20), 3);
            if (!withLabels) {
                fixture.execute("DELETE FROM labels");
            }
        }
    }

    @Test
    void calibratesTheLatestModelAndSaysWhatItWrote() throws Exception {
        store(true);
        CliRun.Result run = new CliRun(home).run("calibrate");
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().startsWith("model 2026-11-20: calibrated on 600 labelled out-of-sample rows (folds 1, 2, 3)\n"
                + "cross-fitted log-loss: isotonic 0."), run.out());
        assertTrue(run.out().matches("(?s).*\nECE \\(10 bins\\)\\s+0\\.\\d{4}\\s+0\\.\\d{4}\n.*"), run.out());
        assertTrue(run.out().contains("predictions.prob written for 620 predictions (every fold and the latest)"), run.out());
        Path folder = home.resolve("outputs/models/2026-11-20");
        assertTrue(run.out().endsWith("written: " + folder.resolve("calibration.json") + ", reliability.svg\n"), run.out());
        assertTrue(Files.exists(folder.resolve("reliability.svg")));

        CliRun.Result calibrated = new CliRun(home).run("db", "query",
                "SELECT count(prob) AS calibrated, any_value(calibration) AS method FROM predictions, model_registry"
                        + " WHERE predictions.model_id = model_registry.model_id", "--format", "csv");
        assertTrue(calibrated.out().matches("calibrated,method\n620,(isotonic|platt)\n"), calibrated.out());
    }

    @Test
    void aModelWithoutPredictionsOrLabelsOrAnUnknownOneIsRefusedWithWhatToDo() throws Exception {
        store(false);
        CliRun.Result noPredictions = new CliRun(home).run("calibrate", "--model", "2026-10-30");
        assertEquals(1, noPredictions.exitCode(), noPredictions::toString);
        assertEquals("kairos: No out-of-sample predictions for model 2026-10-30: run kairos train first.\n", noPredictions.err());

        CliRun.Result noLabels = new CliRun(home).run("calibrate");
        assertEquals(1, noLabels.exitCode(), noLabels::toString);
        assertEquals("kairos: No labels for the 600 out-of-sample predictions of model 2026-11-20: run kairos labels first.\n",
                noLabels.err());

        CliRun.Result unknown = new CliRun(home).run("calibrate", "--model", "2025-01-01");
        assertEquals(2, unknown.exitCode(), unknown::toString);
        assertEquals("kairos: Unknown model 2025-01-01: model_registry has 2026-11-20, 2026-10-30 (latest first).\n", unknown.err());
    }
}
