package io.kairos.features;

/**
 * The latest values of one daily series of one ticker, newest first: {@code get(0)} is the current
 * row, {@code get(k)} the row k rows earlier, NaN for rows not seen (before the ticker's first row,
 * or before the first row this run read).
 */
final class Ring {

    private final double[] values;
    private final int mask;
    private long pushed;

    /** A ring that can look back {@code maxBack} rows behind the current one. */
    Ring(int maxBack) {
        values = new double[Integer.highestOneBit(maxBack) << 1];
        mask = values.length - 1;
    }

    void push(double value) {
        values[(int) (pushed++ & mask)] = value;
    }

    double get(int back) {
        return back < pushed ? values[(int) ((pushed - 1 - back) & mask)] : Double.NaN;
    }
}
