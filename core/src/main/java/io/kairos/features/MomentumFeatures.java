package io.kairos.features;

/** Returns over several horizons, 12-1 and 6-1 momentum, and the largest recent daily return, from closeadj. */
final class MomentumFeatures {

    private static final int SKIP = 21;

    private final RollingExtreme maxReturn21;

    MomentumFeatures(TickerSeries series) {
        maxReturn21 = RollingExtreme.max(series.simpleReturn, 21);
    }

    /** Moves the windows on to the row just pushed onto {@code series}. */
    void update(TickerSeries series) {
        maxReturn21.update();
    }

    /** Writes the features of the current row into row {@code row} of {@code out}. */
    void write(TickerSeries series, Columns out, int row) {
        Ring price = series.closeadj;
        double now = price.get(0);
        out.set(Feature.RET_1D, row, series.simpleReturn.get(0));
        out.set(Feature.MOM_5D, row, now / price.get(5) - 1);
        out.set(Feature.MOM_21D, row, now / price.get(21) - 1);
        out.set(Feature.MOM_63D, row, now / price.get(63) - 1);
        out.set(Feature.MOM_126D, row, now / price.get(126) - 1);
        out.set(Feature.MOM_252D, row, now / price.get(252) - 1);
        out.set(Feature.MOM_12_1, row, price.get(SKIP) / price.get(252) - 1);
        out.set(Feature.MOM_6_1, row, price.get(SKIP) / price.get(126) - 1);
        out.set(Feature.MAX_RET_21, row, maxReturn21.value());
    }
}
