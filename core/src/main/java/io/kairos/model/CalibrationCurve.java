package io.kairos.model;

import java.util.Map;

/**
 * A fitted map from the classifier's raw score to a calibrated probability. Every probability it
 * gives is clipped to [{@link #CLIP}, 1 - {@link #CLIP}], so that one confident miss costs at most
 * ln(1 / CLIP), about 9.2 nats, of log-loss instead of an infinite amount.
 */
public interface CalibrationCurve {

    /** How far calibrated probabilities (and raw scores, when they are scored as probabilities) stay from 0 and 1. */
    double CLIP = 1e-4;

    /** The calibrated probability of {@code score}, clipped. */
    double probability(double score);

    CalibrationMethod method();

    /** What calibration.json records of the fit: the coefficients, or the breakpoints. */
    Map<String, Object> parameters();

    /** {@code p} moved into [CLIP, 1 - CLIP]. */
    static double clip(double p) {
        return Math.min(1 - CLIP, Math.max(CLIP, p));
    }
}
