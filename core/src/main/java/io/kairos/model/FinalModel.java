package io.kairos.model;

import io.kairos.KairosException;
import java.util.List;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * The model kept: trained on every labelled sample with the chosen hyperparameters, saved in XGBoost's
 * JSON format, and the scores it gives the samples after its training data (fold 0).
 */
record FinalModel(byte[] json, float[] scores) {

    /** Trains on {@code data}, whose feature values are freed once XGBoost has its copy: the largest matrix is made then. */
    static FinalModel train(LabelledSamples data, Samples toScore, List<String> features, HyperParameters chosen, long seed) {
        Booster booster;
        try {
            DMatrix training = XgbMatrices.of(data.samples(), RowSet.all(data.samples()), features, data.labels());
            data.samples().freeFeatures();
            try {
                booster = GradientBoosting.train(training, chosen, seed);
            } finally {
                training.dispose();
            }
        } catch (XGBoostError e) {
            throw KairosException.failure("XGBoost could not take the training rows: " + e.getMessage(), e);
        }
        try {
            return new FinalModel(GradientBoosting.json(booster), XgbMatrices.predict(booster, toScore, RowSet.all(toScore), features));
        } catch (XGBoostError e) {
            throw KairosException.failure("XGBoost could not score the latest rows: " + e.getMessage(), e);
        } finally {
            booster.dispose();
        }
    }
}
