package io.kairos.model;

import io.kairos.KairosException;
import io.kairos.data.store.ArrowQuery;
import io.kairos.data.store.ArrowTableWriter;
import io.kairos.data.store.Column;
import io.kairos.data.store.ColumnBatch;
import io.kairos.data.store.StoreTables;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.DoubleStream;

/**
 * Writes a model's calibrated probabilities into predictions.prob, every fold's rows and the latest
 * (fold 0) alike. The probability depends only on the score, so each distinct score is calibrated once
 * and the rows are updated by a join on it; a row without a score keeps prob NULL.
 */
final class CalibrationPredictions {

    private static final String SCORES_TABLE = "calibration_scores";
    private static final int BATCH_ROWS = 65_536;

    private CalibrationPredictions() {
    }

    /** Sets prob for {@code modelId}'s rows from {@code curve}, in the connection's transaction; returns the rows set. */
    static long write(Connection connection, String modelId, CalibrationCurve curve) {
        try {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE OR REPLACE TEMP TABLE " + SCORES_TABLE + " (score DOUBLE, prob DOUBLE)");
            }
            fillScores(connection, modelId, curve);
            try (PreparedStatement update = connection.prepareStatement("UPDATE predictions SET prob = c.prob FROM "
                    + SCORES_TABLE + " c WHERE predictions.model_id = ? AND predictions.score = c.score")) {
                update.setString(1, modelId);
                long rows = update.executeLargeUpdate();
                try (Statement statement = connection.createStatement()) {
                    statement.execute("DROP TABLE " + SCORES_TABLE);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw KairosException.failure("Cannot write the calibrated probabilities of model " + modelId + ": " + e.getMessage(), e);
        }
    }

    private static void fillScores(Connection connection, String modelId, CalibrationCurve curve) {
        // Read the distinct scores first: the writer must have the connection to itself while it inserts.
        DoubleStream.Builder scores = DoubleStream.builder();
        ArrowQuery.forEachBatch(connection, "SELECT DISTINCT score FROM predictions WHERE model_id = "
                + StoreTables.literal(modelId) + " AND score IS NOT NULL", BATCH_ROWS, batch -> {
                    for (int row = 0; row < batch.size(); row++) {
                        scores.add(batch.getDouble(0, row));
                    }
                });
        double[] distinct = scores.build().toArray();
        try (ArrowTableWriter writer = new ArrowTableWriter(connection, SCORES_TABLE,
                List.of(Column.number("score"), Column.number("prob")), BATCH_ROWS)) {
            ColumnBatch batch = writer.emptyBatch();
            for (double score : distinct) {
                if (batch.isFull()) {
                    writer.submit(batch);
                    batch = writer.emptyBatch();
                }
                batch.doubles(0)[batch.size] = score;
                batch.doubles(1)[batch.size] = curve.probability(score);
                batch.size++;
            }
            writer.submit(batch);
            writer.finish();
        }
    }
}
