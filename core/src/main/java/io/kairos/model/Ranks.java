package io.kairos.model;

import java.util.Arrays;

/** Ranks for the rank statistics (AUC, Spearman correlation). */
final class Ranks {

    private Ranks() {
    }

    /**
     * The 1-based rank of each value in ascending order, tied values sharing the mean of their ranks:
     * {3, 1, 3, 2} gives {3.5, 1, 3.5, 2}. Uses a primitive sort and binary searches, no boxing, as
     * pooled folds hold millions of scores.
     */
    static double[] average(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double[] ranks = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            int first = firstIndex(sorted, values[i], false);
            int last = firstIndex(sorted, values[i], true) - 1;
            ranks[i] = (first + last) / 2.0 + 1;
        }
        return ranks;
    }

    /** The index of the first element of {@code sorted} above {@code value} (or not below it, when not {@code above}). */
    private static int firstIndex(double[] sorted, double value, boolean above) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            int order = Double.compare(sorted[middle], value);
            if (order < 0 || above && order == 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
