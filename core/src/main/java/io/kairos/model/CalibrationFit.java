package io.kairos.model;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * Chooses and fits a calibration from a model's out-of-sample sample: both methods are cross-fitted
 * by fold, the one with the lower log-loss wins, and it is then fitted once more on every row to give
 * the curve that calibrates all the model's predictions.
 */
public record CalibrationFit(CalibrationCurve curve, CalibrationReport report) {

    /** Platt first, so that a tie goes to the method with fewer parameters. */
    private static final CalibrationMethod[] CANDIDATES = {CalibrationMethod.PLATT, CalibrationMethod.ISOTONIC};

    public static CalibrationFit choose(String modelId, CalibrationSample sample) {
        Map<String, Double> losses = new TreeMap<>();
        CalibrationMethod best = null;
        CalibrationMetrics bestMetrics = null;
        for (CalibrationMethod method : CANDIDATES) {
            CalibrationMetrics metrics = CalibrationMetrics.of(CalibrationCrossFit.probabilities(method, sample), sample.labels());
            losses.put(method.label(), metrics.logLoss());
            if (bestMetrics == null || metrics.logLoss() < bestMetrics.logLoss()) {
                best = method;
                bestMetrics = metrics;
            }
        }
        CalibrationCurve curve = best.fit(sample.scores(), sample.labels());
        CalibrationReport report = new CalibrationReport(modelId, best.label(), CalibrationReport.CHOSEN_BY,
                CalibrationReport.MEASURED_ON, CalibrationCurve.CLIP, sample.size(),
                Arrays.stream(sample.distinctFolds()).boxed().toList(), losses, curve.parameters(),
                CalibrationMetrics.of(sample.scores(), sample.labels()), bestMetrics);
        return new CalibrationFit(curve, report);
    }
}
