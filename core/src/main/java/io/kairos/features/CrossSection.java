package io.kairos.features;

import java.util.Arrays;

/**
 * Statistics across the tickers of one date: z-scores, percentile ranks and means over the finite
 * values of a column. Sums run in row order (ticker order), so the result does not depend on threads
 * or on where a run started. Fewer than {@link #MIN_NAMES} values give NaN.
 */
final class CrossSection {

    static final int MIN_NAMES = 3;

    private long[] keys = new long[0];

    /** {@code (x - mean) / sd} with the sample standard deviation. */
    static void zScores(double[] values, int n, double[] out) {
        int count = 0;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            if (Double.isFinite(values[i])) {
                sum += values[i];
                count++;
            }
        }
        double mean = sum / count;
        double squares = 0;
        for (int i = 0; i < n; i++) {
            if (Double.isFinite(values[i])) {
                double deviation = values[i] - mean;
                squares += deviation * deviation;
            }
        }
        double sd = Math.sqrt(squares / (count - 1));
        boolean defined = count >= MIN_NAMES && sd > 0;
        for (int i = 0; i < n; i++) {
            out[i] = defined && Double.isFinite(values[i]) ? (values[i] - mean) / sd : Double.NaN;
        }
    }

    /** The mean of the finite values, NaN when there are too few. */
    static double mean(double[] values, int n) {
        int count = 0;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            if (Double.isFinite(values[i])) {
                sum += values[i];
                count++;
            }
        }
        return count >= MIN_NAMES ? sum / count : Double.NaN;
    }

    /**
     * The position of each value among the finite ones, from 0 (lowest) to 1 (highest), equal values
     * sharing the average of their positions.
     *
     * <p>Rows are put in value order with one sort of primitive keys: a key is the value's bits,
     * turned so that signed order is numeric order, with its lowest bits replaced by the row number.
     * Values that differ only in those bits can come out of order, so each run of keys with equal high
     * bits is then put in order by the full values (such runs are nearly always a single row).
     */
    void percentileRanks(double[] values, int n, double[] out) {
        int rowBits = 32 - Integer.numberOfLeadingZeros(Math.max(1, n - 1));
        long rowMask = (1L << rowBits) - 1;
        if (keys.length < n) {
            keys = new long[n];
        }
        int count = 0;
        for (int i = 0; i < n; i++) {
            out[i] = Double.NaN;
            if (Double.isFinite(values[i])) {
                keys[count++] = (ordered(values[i]) & ~rowMask) | i;
            }
        }
        if (count < MIN_NAMES) {
            return;
        }
        Arrays.sort(keys, 0, count);
        for (int start = 0, end; start < count; start = end) {
            end = start + 1;
            while (end < count && (keys[end] & ~rowMask) == (keys[start] & ~rowMask)) {
                end++;
            }
            sortRunByValue(values, rowMask, start, end);
        }
        for (int start = 0, end; start < count; start = end) {
            double value = values[(int) (keys[start] & rowMask)];
            end = start + 1;
            while (end < count && values[(int) (keys[end] & rowMask)] == value) {
                end++;
            }
            double rank = (start + end - 1) / 2.0 / (count - 1);
            for (int k = start; k < end; k++) {
                out[(int) (keys[k] & rowMask)] = rank;
            }
        }
    }

    /** A long whose signed order is the numeric order of the (non-NaN) double. */
    private static long ordered(double value) {
        long bits = Double.doubleToLongBits(value);
        return bits ^ ((bits >> 63) & Long.MAX_VALUE);
    }

    private void sortRunByValue(double[] values, long rowMask, int start, int end) {
        for (int i = start + 1; i < end; i++) {
            long key = keys[i];
            double value = values[(int) (key & rowMask)];
            int j = i - 1;
            while (j >= start && values[(int) (keys[j] & rowMask)] > value) {
                keys[j + 1] = keys[j];
                j--;
            }
            keys[j + 1] = key;
        }
    }
}
