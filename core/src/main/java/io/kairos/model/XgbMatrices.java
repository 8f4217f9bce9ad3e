package io.kairos.model;

import java.util.List;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;
import ml.dmlc.xgboost4j.java.util.BigDenseMatrix;

/** Sample rows handed to XGBoost, which keeps its own copy: the off-heap rows can go once a matrix is made. */
final class XgbMatrices {

    /** Rows predicted at a time: XGBoost's copy of a chunk is small, where one of a whole fold would be hundreds of MB. */
    static final int PREDICTION_CHUNK_ROWS = 65_536;

    private XgbMatrices() {
    }

    /** The probability of label 1 for each of {@code rows}, in order, predicted a chunk at a time. */
    static float[] predict(Booster booster, Samples samples, RowSet rows, List<String> names) throws XGBoostError {
        float[] scores = new float[rows.count()];
        int done = 0;
        for (RowSet chunk : rows.chunks(PREDICTION_CHUNK_ROWS)) {
            DMatrix matrix = of(samples, chunk, names, null);
            try {
                float[] predicted = GradientBoosting.predict(booster, matrix);
                System.arraycopy(predicted, 0, scores, done, predicted.length);
                done += predicted.length;
            } finally {
                matrix.dispose();
            }
        }
        return scores;
    }

    /** The features of {@code rows} with the feature names, and the labels when {@code labels} is not null. */
    static DMatrix of(Samples samples, RowSet rows, List<String> names, float[] labels) throws XGBoostError {
        DMatrix matrix = rows.count() == samples.rows() ? new DMatrix(samples.matrix(), Float.NaN) : copied(samples, rows);
        try {
            matrix.setFeatureNames(names.toArray(String[]::new));
            if (labels != null) {
                matrix.setLabel(rows.gather(labels));
            }
            return matrix;
        } catch (XGBoostError | RuntimeException e) {
            matrix.dispose();
            throw e;
        }
    }

    private static DMatrix copied(Samples samples, RowSet rows) throws XGBoostError {
        int columns = samples.featureCount();
        BigDenseMatrix copy = new BigDenseMatrix(rows.count(), columns);
        try {
            long at = 0;
            for (int range = 0; range < rows.ranges(); range++) {
                for (int row = rows.start(range); row < rows.end(range); row++) {
                    for (int column = 0; column < columns; column++) {
                        copy.set(at++, samples.feature(row, column));
                    }
                }
            }
            return new DMatrix(copy, Float.NaN);
        } finally {
            copy.dispose();
        }
    }
}
