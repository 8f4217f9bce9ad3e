package io.kairos.features;

/**
 * The feature values of one date, a column per feature and a row per ticker on that date, in the
 * order of the day's rows. Families write into it; cross-sectional features read whole columns.
 */
final class Columns {

    private static final Feature[] FEATURES = Feature.values();

    private double[][] values = new double[FEATURES.length][0];
    private int size;

    /** Makes room for {@code rows} rows and clears nothing: every feature writes every row. */
    void reset(int rows) {
        if (values[0].length < rows) {
            values = new double[FEATURES.length][Math.max(rows, values[0].length * 2)];
        }
        size = rows;
    }

    int size() {
        return size;
    }

    double[] of(Feature feature) {
        return values[feature.ordinal()];
    }

    void set(Feature feature, int row, double value) {
        values[feature.ordinal()][row] = value;
    }
}
