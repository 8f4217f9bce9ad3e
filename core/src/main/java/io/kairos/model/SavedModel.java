package io.kairos.model;

import com.fasterxml.jackson.core.type.TypeReference;
import io.kairos.KairosException;
import io.kairos.ops.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * A trained model read back from its folder (model.json and features.json), to score rows. A missing
 * or unreadable file is reported by name. Holds native memory until closed.
 */
public final class SavedModel implements AutoCloseable {

    private final Path folder;
    private final List<String> features;
    private final Booster booster;

    private SavedModel(Path folder, List<String> features, Booster booster) {
        this.folder = folder;
        this.features = List.copyOf(features);
        this.booster = booster;
    }

    /** Reads the model of {@code folder}, e.g. {@code outputs/models/2026-11-20}. */
    public static SavedModel load(Path folder) {
        List<String> features = readFeatures(folder.resolve(ModelFolder.FEATURES));
        Path modelFile = folder.resolve(ModelFolder.MODEL);
        Booster booster;
        try {
            booster = XGBoost.loadModel(read(modelFile));
        } catch (XGBoostError | IOException e) {
            throw unreadable(modelFile, "it is not a model in XGBoost's JSON format (" + firstLine(e.getMessage()) + ")", e);
        }
        long columns;
        try {
            columns = booster.getNumFeature();
        } catch (XGBoostError e) {
            booster.dispose();
            throw unreadable(modelFile, firstLine(e.getMessage()), e);
        }
        if (columns != features.size()) {
            booster.dispose();
            throw unreadable(modelFile, "it takes " + columns + " features but " + folder.resolve(ModelFolder.FEATURES) + " names "
                    + features.size(), null);
        }
        return new SavedModel(folder, features, booster);
    }

    public Path folder() {
        return folder;
    }

    /** The feature names, in the column order {@link #score} expects. */
    public List<String> features() {
        return features;
    }

    /** The probability of label 1 for each of {@code rows} rows given row by row in {@code values}, NaN where missing. */
    public float[] score(float[] values, int rows) {
        if (values.length != (long) rows * features.size()) {
            throw new IllegalArgumentException(rows + " rows of " + features.size() + " features need " + (long) rows * features.size()
                    + " values, got " + values.length);
        }
        try {
            DMatrix matrix = new DMatrix(values, rows, features.size(), Float.NaN);
            try {
                return GradientBoosting.predict(booster, matrix);
            } finally {
                matrix.dispose();
            }
        } catch (XGBoostError e) {
            throw KairosException.failure("XGBoost could not take the rows to score: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        booster.dispose();
    }

    private static List<String> readFeatures(Path file) {
        try {
            List<String> names = Json.mapper().readValue(read(file), new TypeReference<List<String>>() { });
            if (names == null || names.isEmpty() || names.contains(null)) {
                throw unreadable(file, "it names no features", null);
            }
            return names;
        } catch (IOException e) {
            throw unreadable(file, "it is not a JSON array of feature names (" + firstLine(e.getMessage()) + ")", e);
        }
    }

    private static byte[] read(Path file) throws IOException {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw KairosException.failure("No model file " + file + ": train the model first (kairos train).");
        }
    }

    private static KairosException unreadable(Path file, String why, Throwable cause) {
        return KairosException.failure("Cannot load the model file " + file + ": " + why
                + ". Train the model again (kairos train --date <model_id>).", cause);
    }

    private static String firstLine(String message) {
        return message == null ? "no detail" : message.lines().findFirst().orElse("no detail").strip();
    }
}
