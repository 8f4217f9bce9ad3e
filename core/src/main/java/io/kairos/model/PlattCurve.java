package io.kairos.model;

import java.util.Map;

/**
 * Platt scaling: p = 1 / (1 + exp(-(slope * score + intercept))), fitted by maximum likelihood with
 * Newton's method and a backtracking line search (Lin, Lin and Weng's refinement of Platt's fit).
 * As in Platt's paper, the targets are (N+ + 1) / (N+ + 2) and 1 / (N- + 2) instead of 1 and 0, which
 * keeps the fit finite when the scores separate the classes and changes little on large samples.
 */
public record PlattCurve(double slope, double intercept) implements CalibrationCurve {

    private static final int MAX_ITERATIONS = 100;
    /** Added to the Hessian's diagonal so that a sample with one distinct score still gives a step. */
    private static final double RIDGE = 1e-12;
    private static final double SMALLEST_STEP = 1e-10;
    /** Armijo's sufficient decrease. */
    private static final double SUFFICIENT = 1e-4;

    /** Fits slope and intercept to {@code scores} and their 0/1 {@code labels}. */
    public static PlattCurve fit(double[] scores, int[] labels) {
        if (scores.length == 0 || scores.length != labels.length) {
            throw new IllegalArgumentException("Platt calibration needs rows with one label each: " + scores.length
                    + " scores, " + labels.length + " labels");
        }
        int positives = 0;
        for (int label : labels) {
            positives += label;
        }
        int negatives = labels.length - positives;
        double[] targets = new double[labels.length];
        double high = (positives + 1.0) / (positives + 2.0);
        double low = 1.0 / (negatives + 2.0);
        for (int i = 0; i < labels.length; i++) {
            targets[i] = labels[i] == 1 ? high : low;
        }
        double slope = 0;
        double intercept = Math.log((positives + 1.0) / (negatives + 1.0));
        double loss = loss(scores, targets, slope, intercept);
        double tolerance = 1e-10 * scores.length;
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double gSlope = 0;
            double gIntercept = 0;
            double hSlope = RIDGE;
            double hCross = 0;
            double hIntercept = RIDGE;
            for (int i = 0; i < scores.length; i++) {
                double p = sigmoid(slope * scores[i] + intercept);
                double residual = p - targets[i];
                double weight = p * (1 - p);
                gSlope += residual * scores[i];
                gIntercept += residual;
                hSlope += weight * scores[i] * scores[i];
                hCross += weight * scores[i];
                hIntercept += weight;
            }
            if (Math.max(Math.abs(gSlope), Math.abs(gIntercept)) < tolerance) {
                break;
            }
            double determinant = hSlope * hIntercept - hCross * hCross;
            double dSlope = (hIntercept * gSlope - hCross * gIntercept) / determinant;
            double dIntercept = (hSlope * gIntercept - hCross * gSlope) / determinant;
            double decrease = gSlope * dSlope + gIntercept * dIntercept;
            double step = 1;
            while (step >= SMALLEST_STEP) {
                double trialSlope = slope - step * dSlope;
                double trialIntercept = intercept - step * dIntercept;
                double trialLoss = loss(scores, targets, trialSlope, trialIntercept);
                if (trialLoss <= loss - SUFFICIENT * step * decrease) {
                    slope = trialSlope;
                    intercept = trialIntercept;
                    loss = trialLoss;
                    break;
                }
                step /= 2;
            }
            if (step < SMALLEST_STEP) {
                break; // no step improves the loss any more: as close to the optimum as doubles allow
            }
        }
        return new PlattCurve(slope, intercept);
    }

    @Override
    public double probability(double score) {
        return CalibrationCurve.clip(sigmoid(slope * score + intercept));
    }

    @Override
    public CalibrationMethod method() {
        return CalibrationMethod.PLATT;
    }

    @Override
    public Map<String, Object> parameters() {
        return Map.of("slope", slope, "intercept", intercept);
    }

    /** The negative log-likelihood of soft targets, in a form that neither overflows nor loses small terms. */
    private static double loss(double[] scores, double[] targets, double slope, double intercept) {
        double sum = 0;
        for (int i = 0; i < scores.length; i++) {
            double z = slope * scores[i] + intercept;
            sum += z >= 0 ? (1 - targets[i]) * z + Math.log1p(Math.exp(-z)) : -targets[i] * z + Math.log1p(Math.exp(z));
        }
        return sum;
    }

    private static double sigmoid(double z) {
        if (z >= 0) {
            return 1 / (1 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1 + e);
    }
}
