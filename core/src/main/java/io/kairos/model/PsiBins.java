package io.kairos.model;

import java.util.Arrays;

/**
 * Population stability index of one feature against its training distribution. Bins are cut at the
 * training deciles (the values at ranks ceil(k n / 10), k = 1..9, so each bin (edge below, edge above]
 * holds a tenth of distinct training values; equal edges from tied values merge, giving fewer bins),
 * plus one bin for missing values (NaN, a NULL feature), so that a feature going missing counts as drift.
 *
 * <p>PSI = sum over bins of (latest share - training share) * ln(latest share / training share). An empty
 * bin would make that infinite, so every share is floored at {@link #EMPTY_SHARE} first: a bin empty on
 * one side and holding a share s on the other adds about (s - 0.0001) * ln(s / 0.0001).
 */
public final class PsiBins {

    public static final int DECILES = 10;
    /** The share an empty bin counts as. */
    public static final double EMPTY_SHARE = 1e-4;

    /** Upper edges of the value bins, strictly increasing; values above the last fall in the top bin. */
    private final double[] edges;
    /** The training shares of the value bins and, last, of missing values. */
    private final double[] training;

    private PsiBins(double[] edges, double[] training) {
        this.edges = edges;
        this.training = training;
    }

    /** The bins of a training sample ({@code values}, NaN for missing; at least one value). */
    public static PsiBins fromTraining(double[] values) {
        double[] present = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        double[] edges = new double[DECILES - 1];
        int count = 0;
        for (int k = 1; k < DECILES && present.length > 0; k++) {
            double edge = present[(int) ((k * (long) present.length + DECILES - 1) / DECILES) - 1];
            if (count == 0 || edge > edges[count - 1]) {
                edges[count++] = edge;
            }
        }
        double[] kept = Arrays.copyOf(edges, count);
        return new PsiBins(kept, shares(kept, values));
    }

    /** The PSI of {@code latest} (NaN for missing; at least one value) against the training sample. */
    public double psi(double[] latest) {
        return psi(training, shares(edges, latest));
    }

    /** PSI between two distributions over the same bins, shares floored at {@link #EMPTY_SHARE}. */
    static double psi(double[] expected, double[] actual) {
        double sum = 0;
        for (int bin = 0; bin < expected.length; bin++) {
            double e = Math.max(EMPTY_SHARE, expected[bin]);
            double a = Math.max(EMPTY_SHARE, actual[bin]);
            sum += (a - e) * Math.log(a / e);
        }
        return sum;
    }

    /** The share of {@code values} in each value bin and, last, the share missing. */
    private static double[] shares(double[] edges, double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values to bin");
        }
        double[] shares = new double[edges.length + 2];
        for (double value : values) {
            shares[bin(edges, value)]++;
        }
        for (int bin = 0; bin < shares.length; bin++) {
            shares[bin] /= values.length;
        }
        return shares;
    }

    private static int bin(double[] edges, double value) {
        if (Double.isNaN(value)) {
            return edges.length + 1;
        }
        int found = Arrays.binarySearch(edges, value);
        return found >= 0 ? found : -found - 1;
    }
}
