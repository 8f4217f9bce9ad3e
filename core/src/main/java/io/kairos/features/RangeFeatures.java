package io.kairos.features;

/** Where the close stands against the 52-week (252-row) high and low, and how long ago the high was set. */
final class RangeFeatures {

    private static final int YEAR = 252;

    private final RollingExtreme high;
    private final RollingExtreme low;

    RangeFeatures(TickerSeries series) {
        high = RollingExtreme.max(series.high, YEAR);
        low = RollingExtreme.min(series.low, YEAR);
    }

    /** Moves the windows on to the row just pushed onto {@code series}. */
    void update(TickerSeries series) {
        high.update();
        low.update();
    }

    /** Writes the features of the current row into row {@code row} of {@code out}. */
    void write(TickerSeries series, Columns out, int row) {
        double close = series.close.get(0);
        out.set(Feature.DIST_52W_HIGH, row, close / high.value() - 1);
        out.set(Feature.DIST_52W_LOW, row, close / low.value() - 1);
        out.set(Feature.DAYS_SINCE_52W_HIGH, row, high.rowsSince());
    }
}
