package io.kairos.research.indicator;

/**
 * The convention every indicator follows: an output array as long as its input, NaN where the indicator has no value
 * yet (its warm-up), a number from its first value on. An indicator of an indicator starts where its input's values do.
 */
public final class Series {

    private Series() {
    }

    /** The index of the first number in {@code x}, or {@code x.length} when there is none. */
    public static int firstValue(double[] x) {
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i])) {
                return i;
            }
        }
        return x.length;
    }

    /** An array of {@code n} NaNs, to fill from an indicator's first value on. */
    static double[] empty(int n) {
        double[] out = new double[n];
        java.util.Arrays.fill(out, Double.NaN);
        return out;
    }
}
