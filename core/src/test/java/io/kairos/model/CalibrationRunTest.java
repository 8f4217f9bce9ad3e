package io.kairos.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.kairos.KairosException;
import io.kairos.data.store.PriceStore;
import io.kairos.data.store.StoreSettings;
import io.kairos.ops.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalibrationRunTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T15:00:00Z"), ZoneOffset.UTC);
    private static final String MODEL = "2026-11-20";
    private static final String OLDER_MODEL = "2026-10-30";
    private static final List<String> TRAIN_FILES = List.of("features.json", "metrics.json", "model.json", "params.json");

    @TempDir
    Path home;

    private PriceStore open() {
        return PriceStore.open(home.resolve("data/kairos.duckdb"), PriceStore.Access.READ_WRITE, StoreSettings.DEFAULTS);
    }

    /** Two models; the latest has 3 folds x 10 dates x 30 tickers out of sample and 30 latest rows. */
    private Path twoModels(PriceStore store) throws Exception {
        CalibrationFixture fixture = new CalibrationFixture(store.connection(), home);
        fixture.registerModel(OLDER_MODEL, LocalDate.of(2020, 1, 31), LocalDate.of(2026, 9, 30), CalibrationFixture.metricsWithTestAccuracy());
        fixture.predict(OLDER_MODEL, "T000", LocalDate.of(2026, 10, 30), 0, 0.5);
        Path folder = fixture.registerModel(MODEL, LocalDate.of(2020, 1, 31), LocalDate.of(2026, 10, 30),
                CalibrationFixture.metricsWithTestAccuracy());
        fixture.miscalibratedPredictions(MODEL, LocalDate.of(2025, 1, 3), 3, 10, 30, LocalDate.of(2026, 11, 20), 1);
        return folder;
    }

    @Test
    void writesProbForEveryRowOfTheModelAndItsFilesBesideTheTrainedOnes() throws Exception {
        try (PriceStore store = open()) {
            Path folder = twoModels(store);
            List<String> trainedDigests = new ArrayList<>();
            for (String file : TRAIN_FILES) {
                trainedDigests.add(sha256(folder.resolve(file)));
            }

            CalibrationRun.Result result = new CalibrationRun(home, CLOCK).run(store, null);

            CalibrationFixture tables = new CalibrationFixture(store.connection(), home);
            assertEquals(930, result.probabilitiesWritten(), "900 out-of-sample rows and 30 latest ones");
            assertEquals(0, tables.count("SELECT count(*) FROM predictions WHERE model_id = '" + MODEL + "' AND prob IS NULL"));
            assertEquals(0, tables.count("SELECT count(*) FROM predictions WHERE prob < 1e-4 OR prob > 1 - 1e-4"));
            assertEquals(1, tables.count("SELECT count(*) FROM predictions WHERE model_id = '" + OLDER_MODEL + "' AND prob IS NULL"),
                    "another model's predictions are left alone");
            assertEquals(1, tables.count("SELECT count(*) FROM model_registry WHERE model_id = '" + MODEL + "' AND calibration = '"
                    + result.report().method() + "'"));
            assertEquals(1, tables.count("SELECT count(*) FROM model_registry WHERE calibration IS NULL"));

            assertEquals(folder, result.folder());
            JsonNode report = Json.mapper().readTree(folder.resolve("calibration.json").toFile());
            assertEquals(MODEL, report.get("modelId").asText());
            assertEquals(900, report.get("rows").asInt());
            assertEquals("[1,2,3]", report.get("folds").toString());
            assertTrue(report.at("/after/ece").asDouble() < report.at("/before/ece").asDouble() / 2, report::toString);
            assertEquals(10, report.at("/before/bins").size());
            String svg = Files.readString(folder.resolve("reliability.svg"));
            assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"") && svg.endsWith("</svg>\n"));
            assertEquals(2, svg.split("<polyline ", -1).length - 1, "a curve before and one after");

            JsonNode manifest = Json.mapper().readTree(folder.resolve("manifest.json").toFile());
            assertEquals("calibrate", manifest.get("stage").asText());
            List<String> listed = new ArrayList<>();
            manifest.get("files").fieldNames().forEachRemaining(listed::add);
            assertEquals(List.of("calibration.json", "features.json", "metrics.json", "model.json", "params.json", "reliability.svg"),
                    listed);
            for (String file : listed) {
                assertEquals(sha256(folder.resolve(file)), manifest.at("/files/" + file + "/sha256").asText(), file);
            }
            for (int i = 0; i < TRAIN_FILES.size(); i++) {
                assertEquals(trainedDigests.get(i), sha256(folder.resolve(TRAIN_FILES.get(i))), TRAIN_FILES.get(i) + " untouched");
            }
        }
    }

    @Test
    void calibratingAgainGivesTheSameFilesAndProbabilities() throws Exception {
        try (PriceStore store = open()) {
            Path folder = twoModels(store);
            new CalibrationRun(home, CLOCK).run(store, MODEL);
            byte[] report = Files.readAllBytes(folder.resolve("calibration.json"));
            byte[] diagram = Files.readAllBytes(folder.resolve("reliability.svg"));
            String probabilities = probabilities(store);
            try (Statement statement = store.connection().createStatement()) {
                statement.execute("UPDATE predictions SET prob = NULL");
            }

            new CalibrationRun(home, CLOCK).run(store, MODEL);

            assertArrayEquals(report, Files.readAllBytes(folder.resolve("calibration.json")));
            assertArrayEquals(diagram, Files.readAllBytes(folder.resolve("reliability.svg")));
            assertEquals(probabilities, probabilities(store));
        }
    }

    @Test
    void aModelWithoutPredictionsSaysToTrainFirst() throws Exception {
        try (PriceStore store = open()) {
            twoModels(store);
            KairosException error = assertThrows(KairosException.class, () -> new CalibrationRun(home, CLOCK).run(store, OLDER_MODEL));
            assertEquals("No out-of-sample predictions for model 2026-10-30: run kairos train first.", error.getMessage());
        }
    }

    @Test
    void anUnknownModelIsAUsageErrorThatListsTheKnownOnes() throws Exception {
        try (PriceStore store = open()) {
            twoModels(store);
            KairosException error = assertThrows(KairosException.class, () -> new CalibrationRun(home, CLOCK).run(store, "2026-01-01"));
            assertEquals(KairosException.Kind.USAGE, error.kind());
            assertEquals("Unknown model 2026-01-01: model_registry has 2026-11-20, 2026-10-30 (latest first).", error.getMessage());
        }
    }

    @Test
    void predictionsWithoutLabelsSayToRunLabelsAndChangeNothing() throws Exception {
        try (PriceStore store = open()) {
            Path folder = twoModels(store);
            byte[] manifest = Files.readAllBytes(folder.resolve("manifest.json"));
            new CalibrationFixture(store.connection(), home).execute("DELETE FROM labels");
            KairosException error = assertThrows(KairosException.class, () -> new CalibrationRun(home, CLOCK).run(store, null));
            assertEquals("No labels for the 900 out-of-sample predictions of model 2026-11-20: run kairos labels first.",
                    error.getMessage());
            assertArrayEquals(manifest, Files.readAllBytes(folder.resolve("manifest.json")));
            assertEquals(0, new CalibrationFixture(store.connection(), home).count("SELECT count(*) FROM predictions WHERE prob IS NOT NULL"));
        }
    }

    @Test
    void aStoreWithoutModelsSaysToTrainFirst() {
        try (PriceStore store = open()) {
            KairosException error = assertThrows(KairosException.class, () -> new CalibrationRun(home, CLOCK).run(store, null));
            assertEquals("No model in model_registry: run kairos train first.", error.getMessage());
        }
    }

    private static String probabilities(PriceStore store) throws Exception {
        StringBuilder all = new StringBuilder();
        try (Statement statement = store.connection().createStatement();
                var rows = statement.executeQuery("SELECT ticker, date, prob FROM predictions ORDER BY model_id, ticker, date")) {
            while (rows.next()) {
                all.append(rows.getString(1)).append(' ').append(rows.getString(2)).append(' ').append(rows.getDouble(3)).append('\n');
            }
        }
        return all.toString();
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
