package io.kairos.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.kairos.KairosException;
import io.kairos.ops.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

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
            if (model.trainEnd() != null && CalibrationSql.tableExists(connection, "predictions")
                    && CalibrationSql.tableExists(connection, "labels")) {
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

    /**
     * The test-fold accuracy in metrics.json: the numeric {@code accuracy} of the first object whose key contains
     * "test" ({@code test}, {@code test_folds}, ...), searched depth first; with where it was found, or why there is
     * none (accuracy null).
     */
    private record Promise(Double accuracy, String from) {

        static Promise read(Path metrics) {
            if (!Files.isRegularFile(metrics)) {
                return new Promise(null, "no " + METRICS_FILE + " in the model folder");
            }
            try {
                Promise found = search(Json.mapper().readTree(metrics.toFile()), "");
                return found != null ? found : new Promise(null, METRICS_FILE + " has no test-fold accuracy");
            } catch (IOException e) {
                return new Promise(null, METRICS_FILE + " cannot be read: " + e.getMessage());
            }
        }

        private static Promise search(JsonNode node, String path) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode accuracy = field.getValue().path("accuracy");
                if (field.getKey().toLowerCase(Locale.ROOT).contains("test") && accuracy.isNumber()) {
                    return new Promise(accuracy.asDouble(), METRICS_FILE + " " + path + field.getKey() + ".accuracy");
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getValue().isObject()) {
                    Promise found = search(field.getValue(), path + field.getKey() + ".");
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        }
    }
}
