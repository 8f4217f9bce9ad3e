package io.kairos.model;

import java.util.ArrayList;
import java.util.List;

/**
 * One of the ten equal-width probability bins of a reliability diagram: the rows whose probability
 * falls in [lower, upper) (the last bin includes 1), their mean probability and the share of them
 * labelled 1. An empty bin has no mean and no share (null).
 */
public record ReliabilityBin(double lower, double upper, long rows, Double meanPredicted, Double observed) {

    public static final int BINS = 10;

    /** The ten bins of {@code probabilities} (each in [0, 1]) and their 0/1 {@code labels}. */
    static List<ReliabilityBin> of(double[] probabilities, int[] labels) {
        long[] rows = new long[BINS];
        double[] predicted = new double[BINS];
        long[] positives = new long[BINS];
        for (int i = 0; i < probabilities.length; i++) {
            int bin = Math.min(BINS - 1, (int) (probabilities[i] * BINS));
            rows[bin]++;
            predicted[bin] += probabilities[i];
            positives[bin] += labels[i];
        }
        List<ReliabilityBin> bins = new ArrayList<>(BINS);
        for (int bin = 0; bin < BINS; bin++) {
            boolean empty = rows[bin] == 0;
            bins.add(new ReliabilityBin((double) bin / BINS, (double) (bin + 1) / BINS, rows[bin],
                    empty ? null : predicted[bin] / rows[bin], empty ? null : (double) positives[bin] / rows[bin]));
        }
        return List.copyOf(bins);
    }

    /** How far this bin's mean probability is from its observed frequency, weighted by its rows. */
    double weightedGap() {
        return rows == 0 ? 0 : rows * Math.abs(meanPredicted - observed);
    }
}
