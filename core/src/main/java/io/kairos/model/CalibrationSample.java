package io.kairos.model;

import io.kairos.KairosException;
import io.kairos.data.store.ArrowQuery;
import io.kairos.data.store.StoreTables;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * The rows calibration learns from: a model's out-of-sample predictions (walk-forward folds 1 and up)
 * that have a label, each with its fold, raw score and 0/1 label, in (fold, ticker, date) order.
 */
public record CalibrationSample(int[] folds, double[] scores, int[] labels) {

    private static final int BATCH_ROWS = 65_536;

    public CalibrationSample {
        if (folds.length != scores.length || scores.length != labels.length) {
            throw new IllegalArgumentException("folds, scores and labels differ in length");
        }
    }

    /** Reads the sample of {@code modelId}, saying which earlier stage to run when something is missing. */
    public static CalibrationSample load(Connection connection, String modelId) {
        try {
            long predictions = StoreTables.exists(connection, "predictions") ? SqlText.count(connection,
                    "SELECT count(*) FROM predictions WHERE model_id = ? AND fold >= 1", modelId) : 0;
            if (predictions == 0) {
                throw KairosException.failure("No out-of-sample predictions for model " + modelId + ": run kairos train first.");
            }
            long unscored = SqlText.count(connection, "SELECT count(*) FROM predictions WHERE model_id = ? AND fold >= 1"
                    + " AND (score IS NULL OR isnan(score))", modelId);
            if (unscored > 0) {
                throw KairosException.failure("Model " + modelId + " has " + unscored + " out-of-sample predictions without a"
                        + " score (NULL or NaN) in the predictions table: retrain it with kairos train.");
            }
            long labelled = !StoreTables.exists(connection, "labels") ? 0 : SqlText.count(connection,
                    "SELECT count(*) FROM predictions p JOIN labels l USING (ticker, date)"
                    + " WHERE p.model_id = ? AND p.fold >= 1 AND l.label IS NOT NULL", modelId);
            if (labelled == 0) {
                throw KairosException.failure("No labels for the " + predictions + " out-of-sample predictions of model "
                        + modelId + ": run kairos labels first.");
            }
            return read(connection, modelId, Math.toIntExact(labelled));
        } catch (SQLException e) {
            throw KairosException.failure("Cannot read the predictions of model " + modelId + ": " + e.getMessage(), e);
        }
    }

    /** The folds present, ascending. */
    public int[] distinctFolds() {
        return Arrays.stream(folds).distinct().sorted().toArray();
    }

    public int size() {
        return scores.length;
    }

    /** The rows of every fold but {@code fold}: what a calibrator scoring {@code fold} may learn from. */
    CalibrationSample without(int fold) {
        int kept = 0;
        for (int f : folds) {
            kept += f == fold ? 0 : 1;
        }
        int[] keptFolds = new int[kept];
        double[] keptScores = new double[kept];
        int[] keptLabels = new int[kept];
        int k = 0;
        for (int i = 0; i < folds.length; i++) {
            if (folds[i] != fold) {
                keptFolds[k] = folds[i];
                keptScores[k] = scores[i];
                keptLabels[k++] = labels[i];
            }
        }
        return new CalibrationSample(keptFolds, keptScores, keptLabels);
    }

    private static CalibrationSample read(Connection connection, String modelId, int rows) {
        int[] folds = new int[rows];
        double[] scores = new double[rows];
        int[] labels = new int[rows];
        int[] next = {0};
        String sql = "SELECT p.fold, p.score, l.label FROM predictions p JOIN labels l USING (ticker, date)"
                + " WHERE p.model_id = " + StoreTables.literal(modelId) + " AND p.fold >= 1 AND l.label IS NOT NULL"
                + " ORDER BY p.fold, p.ticker, p.date";
        ArrowQuery.forEachBatch(connection, sql, BATCH_ROWS, batch -> {
            for (int row = 0; row < batch.size(); row++) {
                int i = next[0]++;
                folds[i] = batch.getInt(0, row);
                scores[i] = batch.getDouble(1, row);
                labels[i] = batch.getInt(2, row) > 0 ? 1 : 0;
            }
        });
        return new CalibrationSample(folds, scores, labels);
    }
}
