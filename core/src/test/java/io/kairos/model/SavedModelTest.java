package io.kairos.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kairos.KairosException;
import io.kairos.calendar.NyseCalendar;
import io.kairos.calendar.RebalanceFrequency;
import io.kairos.config.KairosConfig;
import io.kairos.data.store.PriceStore;
import io.kairos.ops.ProgressListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A model read back from its folder scores as it did when trained; a missing or broken file is named. */
class SavedModelTest {

    @TempDir
    Path dir;

    private Path folder;
    private List<String> latestRows;

    @BeforeEach
    void train() throws Exception {
        try (PriceStore store = ResearchTables.create(dir.resolve("k.duckdb"), 20, LocalDate.of(2024, 11, 20), 0.05)) {
            folder = new ModelTrainer(NyseCalendar.create(), Clock.systemUTC()).train(store, new TrainingRequest(null,
                    RebalanceFrequency.WEEKLY, new KairosConfig.Model(3, 1, 20, 42, 45, 0.25), dir.resolve("outputs")),
                    ProgressListener.NONE).folder();
            latestRows = ModelTrainerTest.rows(store, "SELECT concat_ws('|', f.signal, f.noise, coalesce(f.sparse::VARCHAR, ''), p.score) FROM feat_matrix f"
                    + " JOIN predictions p USING (ticker, date) WHERE p.fold = 0 AND date = '2026-11-20' ORDER BY ticker");
        }
    }

    @Test
    void scoresTheLatestRowsAsTrainingDid() {
        float[] values = new float[latestRows.size() * 3];
        float[] recorded = new float[latestRows.size()];
        for (int row = 0; row < latestRows.size(); row++) {
            String[] fields = latestRows.get(row).split("\\|", -1);
            for (int feature = 0; feature < 3; feature++) {
                // NULL comes back empty and infinity as "inf": both are missing to the model
                values[row * 3 + feature] = fields[feature].isEmpty() || fields[feature].contains("inf") ? Float.NaN
                        : Float.parseFloat(fields[feature]);
            }
            recorded[row] = Float.parseFloat(fields[3]);
        }
        try (SavedModel model = SavedModel.load(folder)) {
            assertEquals(List.of("signal", "noise", "sparse"), model.features());
            float[] scores = model.score(values, latestRows.size());
            for (int row = 0; row < recorded.length; row++) {
                assertEquals(recorded[row], scores[row], 0f, latestRows.get(row));
            }
        }
    }

    @Test
    void aMissingOrBrokenFileIsNamed() throws Exception {
        Path model = folder.resolve("model.json");
        Files.writeString(model, "{\"learner\": ");
        KairosException broken = assertThrows(KairosException.class, () -> SavedModel.load(folder));
        assertEquals(KairosException.Kind.FAILURE, broken.kind());
        assertEquals(true, broken.getMessage().startsWith("Cannot load the model file " + model
                + ": it is not a model in XGBoost's JSON format ("), broken.getMessage());

        Files.delete(model);
        assertEquals("No model file " + model + ": train the model first (kairos train).",
                assertThrows(KairosException.class, () -> SavedModel.load(folder)).getMessage());

        Files.writeString(folder.resolve("features.json"), "\"signal\"");
        assertEquals(true, assertThrows(KairosException.class, () -> SavedModel.load(folder)).getMessage()
                .startsWith("Cannot load the model file " + folder.resolve("features.json") + ": it is not a JSON array of feature names"));
    }
}
