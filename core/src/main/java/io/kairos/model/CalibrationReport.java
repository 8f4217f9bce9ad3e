package io.kairos.model;

import java.util.List;
import java.util.Map;

/**
 * What calibration.json holds: the method chosen and why, the curve's parameters (Platt's slope and
 * intercept, or the isotonic breakpoints), and the metrics before (raw scores) and after (cross-fitted
 * calibrated probabilities) on the model's labelled out-of-sample rows. Nothing in it depends on when
 * calibration ran, so the same predictions and labels give the same bytes.
 *
 * @param crossFittedLogLoss each candidate method's mean log-loss, each fold calibrated by a curve fitted on the others
 * @param parameters         of the curve fitted on every out-of-sample row, the one written to predictions.prob
 */
public record CalibrationReport(String modelId, String method, String chosenBy, String measuredOn, double clip, long rows,
        List<Integer> folds, Map<String, Double> crossFittedLogLoss, Map<String, Object> parameters,
        CalibrationMetrics before, CalibrationMetrics after) {

    static final String CHOSEN_BY = "the lower cross-fitted out-of-sample log-loss (Platt on a tie: fewer parameters)";
    static final String MEASURED_ON = "labelled out-of-sample predictions (folds >= 1); before: raw scores;"
            + " after: each fold calibrated by the chosen method fitted on the other folds";
}
