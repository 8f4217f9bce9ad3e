package io.kairos.model;

import java.util.Locale;

/** The two ways `kairos calibrate` can map scores to probabilities. */
public enum CalibrationMethod {
    /** A non-decreasing step curve, pool-adjacent-violators: flexible, needs many rows. */
    ISOTONIC,
    /** A logistic function of the score: two parameters, right when miscalibration is a smooth S-curve. */
    PLATT;

    /** Fits this method to scores and their 0/1 labels. */
    public CalibrationCurve fit(double[] scores, int[] labels) {
        return switch (this) {
            case ISOTONIC -> IsotonicCurve.fit(scores, labels);
            case PLATT -> PlattCurve.fit(scores, labels);
        };
    }

    /** The word calibration.json and model_registry.calibration use: "isotonic" or "platt". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
