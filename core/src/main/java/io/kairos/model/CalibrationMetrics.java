package io.kairos.model;

import java.util.List;

/**
 * How well probabilities match outcomes: mean log-loss, Brier score (mean squared error of the
 * probability), expected calibration error (the row-weighted mean gap between mean probability and
 * observed frequency over ten equal-width bins) and those bins. Probabilities are clipped first (see
 * {@link CalibrationCurve#CLIP}), so raw scores of exactly 0 or 1 are scored like calibrated ones.
 */
public record CalibrationMetrics(long rows, double logLoss, double brier, double ece, List<ReliabilityBin> bins) {

    public static CalibrationMetrics of(double[] probabilities, int[] labels) {
        if (probabilities.length == 0 || probabilities.length != labels.length) {
            throw new IllegalArgumentException(probabilities.length + " probabilities and " + labels.length + " labels");
        }
        double[] clipped = new double[probabilities.length];
        double logLoss = 0;
        double brier = 0;
        for (int i = 0; i < probabilities.length; i++) {
            double p = CalibrationCurve.clip(probabilities[i]);
            clipped[i] = p;
            logLoss -= labels[i] == 1 ? Math.log(p) : Math.log(1 - p);
            brier += (p - labels[i]) * (p - labels[i]);
        }
        List<ReliabilityBin> bins = ReliabilityBin.of(clipped, labels);
        double gaps = 0;
        for (ReliabilityBin bin : bins) {
            gaps += bin.weightedGap();
        }
        int n = probabilities.length;
        return new CalibrationMetrics(n, logLoss / n, brier / n, gaps / n, bins);
    }
}
