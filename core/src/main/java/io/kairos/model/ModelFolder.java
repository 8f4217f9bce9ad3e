package io.kairos.model;

import java.nio.file.Path;

/** Where a model's files are: {@code <outputs>/models/<model_id>/}, and their names (docs/RESEARCH.md). */
public final class ModelFolder {

    /** The final model, XGBoost's JSON format. */
    public static final String MODEL = "model.json";
    /** The feature names in the model's column order, a JSON array. */
    public static final String FEATURES = "features.json";
    /** Search space, chosen hyperparameters, seed, folds with their dates, embargo. */
    public static final String PARAMS = "params.json";
    /** Out-of-sample metrics per fold, over the test folds and overall. */
    public static final String METRICS = "metrics.json";

    private ModelFolder() {
    }

    public static Path of(Path outputs, String modelId) {
        return outputs.resolve("models").resolve(modelId);
    }
}
