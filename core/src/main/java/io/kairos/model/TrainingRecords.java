package io.kairos.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.kairos.KairosException;
import io.kairos.data.store.ArrowTableWriter;
import io.kairos.data.store.Column;
import io.kairos.data.store.ColumnBatch;
import io.kairos.ops.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * The rows a training run leaves in the store, in the caller's transaction: the model's predictions
 * (out-of-sample ones by fold, then the final model's, fold 0; prob left NULL for calibrate) and its
 * model_registry row. Both replace whatever the same model id had.
 */
final class TrainingRecords {

    private static final int BATCH_ROWS = 65_536;
    private static final List<Column> PREDICTION_COLUMNS = List.of(Column.text("model_id"),
            Column.text("ticker"), Column.date("date"), Column.integer("fold"), Column.number("score"));

    private final Connection connection;
    private final String modelId;

    TrainingRecords(Connection connection, String modelId) {
        this.connection = connection;
        this.modelId = modelId;
    }

    /** Deletes the model's previous rows from both tables. */
    void deletePrevious() throws SQLException {
        for (String table : new String[] {ModelTables.PREDICTIONS, ModelTables.REGISTRY}) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE model_id = ?")) {
                delete.setString(1, modelId);
                delete.executeUpdate();
            }
        }
    }

    /** Inserts the predictions: each fold's validation rows, then the rows the final model scored. */
    void insertPredictions(LabelledSamples labelled, List<FoldResult> folds, float[] outOfSample, Samples scored,
            float[] finalScores) {
        try (ArrowTableWriter writer = new ArrowTableWriter(connection, ModelTables.PREDICTIONS, PREDICTION_COLUMNS, BATCH_ROWS)) {
            Batches batches = new Batches(writer);
            for (FoldResult result : folds) {
                RowSet rows = RowSet.ofDates(labelled.samples(), result.fold().validation());
                for (int range = 0; range < rows.ranges(); range++) {
                    batches.add(labelled.samples(), rows.start(range), rows.end(range), result.fold().number(), outOfSample);
                }
            }
            batches.add(scored, 0, scored.rows(), 0, finalScores);
            batches.flush();
            writer.finish();
        }
    }

    /** Inserts the model_registry row, its metrics column a one-line JSON summary of the test folds and of every fold. */
    void register(TrainingReport report, Instant createdAt) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + ModelTables.REGISTRY
                + " (model_id, created_at, as_of, folder, frequency, horizon, seed, features, train_start, train_end, calibration,"
                + " metrics) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)")) {
            insert.setString(1, modelId);
            insert.setObject(2, LocalDateTime.ofInstant(createdAt, ZoneOffset.UTC));
            insert.setObject(3, report.asOf());
            insert.setString(4, report.folder().toString());
            insert.setString(5, report.frequency().label());
            insert.setInt(6, report.horizon());
            insert.setLong(7, report.seed());
            insert.setInt(8, report.features().size());
            insert.setObject(9, report.finalModel().trainingStart());
            insert.setObject(10, report.finalModel().trainingEnd());
            insert.setString(11, metricsSummary(report));
            insert.executeUpdate();
        }
    }

    private static String metricsSummary(TrainingReport report) {
        try {
            return Json.mapper().writer().without(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(Map.of("test", report.test(), "overall", report.overall()));
        } catch (JsonProcessingException e) {
            throw KairosException.failure("Cannot write the metrics summary: " + e.getMessage(), e);
        }
    }

    /** Fills writer batches row by row. */
    private final class Batches {

        private final ArrowTableWriter writer;
        private ColumnBatch batch;

        Batches(ArrowTableWriter writer) {
            this.writer = writer;
        }

        /** Rows {@code from} to {@code to - 1} of {@code samples} with their {@code scores}. */
        void add(Samples samples, int from, int to, int fold, float[] scores) {
            int date = 0;
            for (int row = from; row < to; row++) {
                while (row >= samples.dateEnd(date)) {
                    date++;
                }
                if (batch == null) {
                    batch = writer.emptyBatch();
                }
                int at = batch.size++;
                batch.strings(0)[at] = modelId;
                batch.strings(1)[at] = samples.ticker(row);
                batch.ints(2)[at] = (int) samples.dates().get(date).toEpochDay();
                batch.ints(3)[at] = fold;
                batch.doubles(4)[at] = scores[row];
                if (batch.isFull()) {
                    flush();
                }
            }
        }

        void flush() {
            if (batch != null) {
                writer.submit(batch);
            }
            batch = null;
        }
    }
}
