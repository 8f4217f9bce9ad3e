package io.kairos.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.kairos.KairosException;
import io.kairos.calendar.NyseCalendar;
import io.kairos.calendar.RebalanceFrequency;
import io.kairos.config.KairosConfig;
import io.kairos.data.store.PriceStore;
import io.kairos.data.store.StoreSettings;
import io.kairos.ops.Json;
import io.kairos.ops.ProgressListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Training end to end on a real DuckDB store whose labels follow a planted feature. */
class ModelTrainerTest {

    private static final NyseCalendar CALENDAR = NyseCalendar.create();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T22:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TWO_YEARS_BACK = LocalDate.of(2024, 11, 20);

    @TempDir
    Path dir;

    @Test
    void findsThePlantedSignalOutOfSampleAndRecordsTheModel() throws Exception {
        try (PriceStore store = ResearchTables.create(dir.resolve("k.duckdb"), 60, TWO_YEARS_BACK, 0.05)) {
            TrainingReport report = train(store, null, 42);

            assertEquals("2026-11-20", report.modelId());
            assertEquals(List.of(FoldRole.TUNING, FoldRole.TEST, FoldRole.TEST), report.folds().stream().map(f -> f.fold().role()).toList());
            assertTrue(report.test().auc() > 0.7, "test-fold AUC " + report.test().auc());
            assertTrue(report.test().rankIc() > 0.3, "test-fold rank IC " + report.test().rankIc());
            assertTrue(report.test().decileSpread() > 0.02, "test-fold decile spread " + report.test().decileSpread());
            assertEquals(4, report.candidates().size());

            // the last labelled Friday is 2026-10-23 (its label ends 20 sessions later, on 11-20); the final model scores
            // the Fridays after it, the last of which is the latest date
            assertEquals(LocalDate.of(2026, 10, 23), report.finalModel().trainingEnd());
            assertEquals(days("2026-10-30", "2026-11-06", "2026-11-13", "2026-11-20"), report.finalModel().scoredDates());
            assertEquals(List.of("0|240|240", "1|" + validationRows(report, 1) + "|0", "2|" + validationRows(report, 2) + "|0",
                    "3|" + validationRows(report, 3) + "|0"), rows(store, "SELECT fold || '|' || count(*) || '|' || count(*) FILTER"
                    + " (WHERE date IN ('2026-10-30', '2026-11-06', '2026-11-13', '2026-11-20')) FROM predictions"
                    + " WHERE model_id = '2026-11-20' AND prob IS NULL GROUP BY fold ORDER BY fold"));
            assertEquals(List.of("2026-11-20|weekly|20|42|3|2024-11-22|2026-10-23|null|2026-11-20T22:00"), rows(store,
                    "SELECT concat_ws('|', as_of, frequency, horizon, seed, features, train_start, train_end, coalesce(calibration, 'null'),"
                    + " strftime(created_at, '%Y-%m-%dT%H:%M')) FROM model_registry"));

            Path folder = dir.resolve("outputs/models/2026-11-20");
            assertEquals(folder, report.folder());
            assertEquals(List.of("signal", "noise", "sparse"), List.of(Json.mapper().readValue(folder.resolve("features.json").toFile(),
                    String[].class)));
            JsonNode params = Json.mapper().readTree(folder.resolve("params.json").toFile());
            assertEquals(report.chosen().maxDepth(), params.at("/chosen/maxDepth").asInt());
            assertEquals(20, params.at("/embargoSessions").asInt());
            assertEquals("tuning", params.at("/folds/0/role").asText());
            JsonNode metrics = Json.mapper().readTree(folder.resolve("metrics.json").toFile());
            assertEquals(report.test().auc(), metrics.at("/testFolds/auc").asDouble());
            assertTrue(Files.isRegularFile(folder.resolve("model.json")));
            assertTrue(Files.isRegularFile(folder.resolve("manifest.json")));
        }
    }

    @Test
    void foldsValidateOnlyAfterTheirTrainingWithTheEmbargoBetween() throws Exception {
        try (PriceStore store = ResearchTables.create(dir.resolve("k.duckdb"), 20, TWO_YEARS_BACK, 0.05)) {
            for (FoldResult result : train(store, null, 42).folds()) {
                Fold fold = result.fold();
                LocalDate lastTraining = fold.trainingEnd();
                int between = CALENDAR.sessions(lastTraining, fold.validationStart()).size() - 2;
                assertTrue(between >= 20, "fold " + fold.number() + ": " + between + " sessions between training and validation");
                assertFalse(fold.embargoed().isEmpty(), "weekly dates inside 20 sessions are embargoed");
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameModelAndPredictionsAndAnotherSeedDoesNot() throws Exception {
        try (PriceStore store = ResearchTables.create(dir.resolve("k.duckdb"), 30, TWO_YEARS_BACK, 0.05)) {
            String everyPrediction = "SELECT concat_ws('|', ticker, date, fold, score) FROM predictions ORDER BY fold, date, ticker";
            Path folder = train(store, null, 42).folder();
            Path model = folder.resolve("model.json");
            List<String> files = List.of("model.json", "features.json", "params.json", "metrics.json");
            List<byte[]> first = new ArrayList<>();
            for (String file : files) {
                first.add(Files.readAllBytes(folder.resolve(file)));
            }
            List<String> firstPredictions = rows(store, everyPrediction);

            train(store, null, 42);
            for (int i = 0; i < files.size(); i++) {
                assertArrayEquals(first.get(i), Files.readAllBytes(folder.resolve(files.get(i))), files.get(i));
            }
            assertEquals(firstPredictions, rows(store, everyPrediction), "retraining replaces the model's rows with the same ones");

            train(store, null, 7);
            assertFalse(Arrays.equals(first.get(0), Files.readAllBytes(model)), "row and column sampling follow the seed");
            assertEquals(List.of("1"), rows(store, "SELECT count(*) FROM model_registry"));
        }
    }

    @Test
    void anEarlierAsOfDateUsesOnlyLabelsKnownByThen() throws Exception {
        try (PriceStore store = ResearchTables.create(dir.resolve("k.duckdb"), 20, TWO_YEARS_BACK, 0.05)) {
            TrainingReport report = train(store, LocalDate.of(2026, 6, 30), 42);
            assertEquals("2026-06-30", report.modelId());
            // 20 sessions before 06-30 is 06-01 (06-19 is a holiday): the last Friday labelled by then is 05-29
            assertEquals(LocalDate.of(2026, 5, 29), report.finalModel().trainingEnd());
            // the week of 06-15 rebalances on Thursday 06-18; 06-30, a Tuesday, is the latest date
            assertEquals(days("2026-06-05", "2026-06-12", "2026-06-18", "2026-06-26", "2026-06-30"),
                    report.finalModel().scoredDates());
            assertEquals(List.of("2026-06-30"), rows(store, "SELECT max(date) FROM predictions"));
        }
    }

    @Test
    void missingTablesAndTooFewSamplesAreReportedPlainly() throws Exception {
        try (PriceStore store = PriceStore.open(dir.resolve("empty.duckdb"), PriceStore.Access.READ_WRITE, StoreSettings.DEFAULTS)) {
            KairosException noFeatures = assertThrows(KairosException.class, () -> train(store, null, 42));
            assertEquals("No feature matrix in the store: run kairos features first.", noFeatures.getMessage());
        }
        try (PriceStore store = ResearchTables.create(dir.resolve("k.duckdb"), 10, LocalDate.of(2026, 7, 1), 0.05)) {
            KairosException tooFew = assertThrows(KairosException.class, () -> train(store, null, 42, RebalanceFrequency.MONTHLY));
            assertEquals(KairosException.Kind.USAGE, tooFew.kind());
            assertTrue(tooFew.getMessage().startsWith("Too few samples for 3 walk-forward folds: 3 labelled sample dates from"
                    + " 2026-07-31 to 2026-09-30;"), tooFew.getMessage());
            try (Statement sql = store.connection().createStatement()) {
                sql.execute("DROP TABLE labels");
            }
            KairosException noLabels = assertThrows(KairosException.class, () -> train(store, null, 42));
            assertEquals("No labels in the store: run kairos labels first.", noLabels.getMessage());
        }
    }

    private TrainingReport train(PriceStore store, LocalDate asOf, long seed) {
        return train(store, asOf, seed, RebalanceFrequency.WEEKLY);
    }

    private TrainingReport train(PriceStore store, LocalDate asOf, long seed, RebalanceFrequency frequency) {
        return new ModelTrainer(CALENDAR, CLOCK).train(store, new TrainingRequest(asOf, frequency,
                new KairosConfig.Model(3, 1, 20, seed, 45, 0.25), dir.resolve("outputs")), ProgressListener.NONE);
    }

    private static int validationRows(TrainingReport report, int fold) {
        return report.folds().get(fold - 1).validationRows();
    }

    static List<String> rows(PriceStore store, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Statement statement = store.connection().createStatement(); var result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }

    private static List<LocalDate> days(String... iso) {
        return Stream.of(iso).map(LocalDate::parse).toList();
    }
}
