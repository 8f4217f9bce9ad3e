package io.kairos.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.kairos.KairosException;
import io.kairos.data.store.StoreTables;
import io.kairos.ops.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * How the model has done live: of its predictions dated after its training end whose labels are now
 * known, the share where (score > 0.5) agrees with the label, next to the accuracy validation promised
 * (the test-fold accuracy in the model's metrics.json). It is weak when it falls more than two binomial
 * standard errors, sqrt(a (1 - a) / n), below the promised accuracy a.
 *
 * @param rows        live predictions with a known label
 * @param rate        hits / rows, null without rows
 * @param promised    the test-fold accuracy, null when metrics.json has none
 * @param promisedFrom where the promised accuracy was read, or why there is none
 */
public record ModelStatusHitRate(long rows, long hits, Double rate, Double promised, String promisedFrom, boolean weak) {

    static final String METRICS_FILE = "metrics.json";
    private static final double STANDARD_ERRORS = 2;

    static ModelStatusHitRate measure(Connection connection, CalibrationRegistry.Entry model, Path folder) {
        long rows = 0;
        long hits = 0;
        try {
            if (model.trainEnd() != null && StoreTables.exists(connection, "predictions")
                    && StoreTables.exists(connection, "labels")) {
                try (PreparedStatement statement = connection.prepareStatement("SELECT count(*),"
                        + " coalesce(sum(CASE WHEN (p.score > 0.5) = (l.label = 1) THEN 1 ELSE 0 END), 0)"
                        + " FROM predictions p JOIN labels l USING (ticker, date)"
                        + " WHERE p.model_id = ? AND p.date > ? AND l.label IS NOT NULL AND p.score IS NOT NULL")) {
                    statement.setString(1, model.modelId());
                    statement.setObject(2, model.trainEnd());
                    try (ResultSet result = statement.executeQuery()) {
                        result.next();
                        rows = result.getLong(1);
                        hits = result.getLong(2);
                    }
                }
            }
        } catch (SQLException e) {
            throw KairosException.failure("Cannot read the live predictions of model " + model.modelId() + ": " + e.getMessage(), e);
        }
        Promise promise = Promise.read(folder.resolve(METRICS_FILE));
        Double rate = rows == 0 ? null : (double) hits / rows;
        boolean weak = rate != null && promise.accuracy() != null
                && rate < promise.accuracy() - STANDARD_ERRORS * Math.sqrt(promise.accuracy() * (1 - promise.accuracy()) / rows);
        return new ModelStatusHitRate(rows, hits, rate, promise.accuracy(), promise.from(), weak);
    }

    /** The test-fold accuracy in metrics.json ({@code testFolds.accuracy}, as training writes it), or why there is none. */
    private record Promise(Double accuracy, String from) {

        private static final String FIELD = "testFolds";

        static Promise read(Path metrics) {
            if (!Files.isRegularFile(metrics)) {
                return new Promise(null, "no " + METRICS_FILE + " in the model folder");
            }
            try {
                JsonNode accuracy = Json.mapper().readTree(metrics.toFile()).path(FIELD).path("accuracy");
                return accuracy.isNumber() ? new Promise(accuracy.asDouble(), METRICS_FILE + " " + FIELD + ".accuracy")
                        : new Promise(null, METRICS_FILE + " has no test-fold accuracy (" + FIELD + ".accuracy)");
            } catch (IOException e) {
                return new Promise(null, METRICS_FILE + " cannot be read: " + e.getMessage());
            }
        }
    }
}
