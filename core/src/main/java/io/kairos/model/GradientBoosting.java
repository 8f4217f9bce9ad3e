package io.kairos.model;

import io.kairos.KairosException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * Trains and applies XGBoost binary classifiers. With the CPU {@code hist} method and a fixed seed,
 * the same rows give the same trees, on any number of threads; no evaluation sets are passed, so
 * nothing is printed.
 */
final class GradientBoosting {

    /**
     * Below this many rows a model trains on one thread: XGBoost's OpenMP threads hand work over many
     * times a round, which costs more than it saves on small matrices, and several times more when
     * other processes keep the cores busy (measured: 200,000 rows, 2 threads 6 times slower than 1).
     */
    static final long ROWS_PER_THREAD = 100_000;

    private GradientBoosting() {
    }

    static Booster train(DMatrix rows, HyperParameters parameters, long seed) {
        try {
            Map<String, Object> settings = SearchSpace.xgboostParameters(parameters, seed);
            settings.put("nthread", threads(rows.rowNum()));
            return XGBoost.train(rows, settings, parameters.rounds(), Map.of(), null, null);
        } catch (XGBoostError e) {
            throw KairosException.failure("XGBoost could not train (" + parameters + "): " + e.getMessage(), e);
        }
    }

    private static int threads(long rows) {
        return (int) Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), rows / ROWS_PER_THREAD));
    }

    /** The probability of label 1 for each row of {@code rows}. */
    static float[] predict(Booster booster, DMatrix rows) {
        try {
            float[][] predicted = booster.predict(rows);
            float[] scores = new float[predicted.length];
            for (int i = 0; i < predicted.length; i++) {
                scores[i] = predicted[i][0];
            }
            return scores;
        } catch (XGBoostError e) {
            throw KairosException.failure("XGBoost could not predict: " + e.getMessage(), e);
        }
    }

    /** The model in XGBoost's JSON format. */
    static byte[] json(Booster booster) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            booster.saveModel(out, "json");
            return out.toByteArray();
        } catch (XGBoostError | IOException e) {
            throw KairosException.failure("XGBoost could not save the model: " + e.getMessage(), e);
        }
    }
}
