package io.kairos.model;

import java.util.Arrays;
import java.util.Map;

/**
 * Isotonic calibration: the non-decreasing fit of the labels on the scores that is closest in squared
 * error, found by pool-adjacent-violators. Each pooled block of scores [lo, hi] gets its share of
 * positives; between blocks the curve is linear, beyond the outermost scores it is flat.
 */
public final class IsotonicCurve implements CalibrationCurve {

    /** Breakpoint scores, strictly increasing, and the fitted probability at each (not yet clipped). */
    private final double[] scores;
    private final double[] probabilities;

    private IsotonicCurve(double[] scores, double[] probabilities) {
        this.scores = scores;
        this.probabilities = probabilities;
    }

    /** Fits the curve to {@code scores} and their 0/1 {@code labels}; equal scores always get the same value. */
    public static IsotonicCurve fit(double[] scores, int[] labels) {
        ScoreGroups groups = ScoreGroups.of(scores, labels);
        if (groups.count == 0) {
            throw new IllegalArgumentException("isotonic calibration needs at least one row");
        }
        // The stack of pooled blocks, each the score range it spans with its rows and positives.
        double[] lo = new double[groups.count];
        double[] hi = new double[groups.count];
        long[] rows = new long[groups.count];
        long[] positives = new long[groups.count];
        int blocks = 0;
        for (int g = 0; g < groups.count; g++) {
            lo[blocks] = groups.scores[g];
            hi[blocks] = groups.scores[g];
            rows[blocks] = groups.rows[g];
            positives[blocks] = groups.positives[g];
            blocks++;
            // Pool while the block below has as high a share (cross-multiplied: counts are exact in long).
            while (blocks > 1 && positives[blocks - 2] * rows[blocks - 1] >= positives[blocks - 1] * rows[blocks - 2]) {
                hi[blocks - 2] = hi[blocks - 1];
                rows[blocks - 2] += rows[blocks - 1];
                positives[blocks - 2] += positives[blocks - 1];
                blocks--;
            }
        }
        double[] xs = new double[2 * blocks];
        double[] ys = new double[2 * blocks];
        int points = 0;
        for (int b = 0; b < blocks; b++) {
            double share = (double) positives[b] / rows[b];
            xs[points] = lo[b];
            ys[points++] = share;
            if (hi[b] > lo[b]) {
                xs[points] = hi[b];
                ys[points++] = share;
            }
        }
        return new IsotonicCurve(Arrays.copyOf(xs, points), Arrays.copyOf(ys, points));
    }

    @Override
    public double probability(double score) {
        int found = Arrays.binarySearch(scores, score);
        if (found >= 0) {
            return CalibrationCurve.clip(probabilities[found]);
        }
        int above = -found - 1;
        if (above == 0) {
            return CalibrationCurve.clip(probabilities[0]);
        }
        if (above == scores.length) {
            return CalibrationCurve.clip(probabilities[scores.length - 1]);
        }
        int below = above - 1;
        double weight = (score - scores[below]) / (scores[above] - scores[below]);
        return CalibrationCurve.clip(probabilities[below] + weight * (probabilities[above] - probabilities[below]));
    }

    @Override
    public CalibrationMethod method() {
        return CalibrationMethod.ISOTONIC;
    }

    /** The breakpoints: {@code scores} and the unclipped {@code probabilities} at them. */
    @Override
    public Map<String, Object> parameters() {
        return Map.of("scores", scores.clone(), "probabilities", probabilities.clone());
    }

    /**
     * The distinct scores in ascending order with how many rows and positives each has. The scores of
     * positives and negatives are sorted apart and merged, which sorts primitives instead of boxed indices.
     */
    private record ScoreGroups(int count, double[] scores, long[] rows, long[] positives) {

        static ScoreGroups of(double[] scores, int[] labels) {
            if (scores.length != labels.length) {
                throw new IllegalArgumentException(scores.length + " scores but " + labels.length + " labels");
            }
            int positiveCount = 0;
            for (int label : labels) {
                positiveCount += label;
            }
            double[] ofPositives = new double[positiveCount];
            double[] ofNegatives = new double[scores.length - positiveCount];
            int p = 0;
            int n = 0;
            for (int i = 0; i < scores.length; i++) {
                if (labels[i] == 1) {
                    ofPositives[p++] = scores[i];
                } else {
                    ofNegatives[n++] = scores[i];
                }
            }
            Arrays.sort(ofPositives);
            Arrays.sort(ofNegatives);
            double[] distinct = new double[scores.length];
            long[] rows = new long[scores.length];
            long[] positives = new long[scores.length];
            int count = 0;
            p = 0;
            n = 0;
            while (p < ofPositives.length || n < ofNegatives.length) {
                boolean positive = n == ofNegatives.length || (p < ofPositives.length && ofPositives[p] <= ofNegatives[n]);
                double score = positive ? ofPositives[p++] : ofNegatives[n++];
                if (count == 0 || distinct[count - 1] != score) {
                    distinct[count++] = score;
                }
                rows[count - 1]++;
                positives[count - 1] += positive ? 1 : 0;
            }
            return new ScoreGroups(count, distinct, rows, positives);
        }
    }
}
