package io.kairos.features;

/** Average dollar volume, Amihud illiquidity and volume trends. */
final class LiquidityFeatures {

    private static final double MILLION = 1e6;
    private static final int SHORT = 20;

    private final Ring dollars = new Ring(SHORT);
    private final Ring illiquidity = new Ring(SHORT);
    private final WindowSum dollars20 = WindowSum.plain(dollars, SHORT);
    private final WindowSum amihud20 = WindowSum.plain(illiquidity, SHORT);
    private final WindowSum volume5;
    private final WindowSum volume20;
    private final WindowSum volume60;
    private final WindowSum volume120;
    private final WindowSum[] all;

    LiquidityFeatures(TickerSeries series) {
        volume5 = WindowSum.plain(series.volume, 5);
        volume20 = WindowSum.plain(series.volume, SHORT);
        volume60 = WindowSum.plain(series.volume, 60);
        volume120 = WindowSum.plain(series.volume, 120);
        all = new WindowSum[] {dollars20, amihud20, volume5, volume20, volume60, volume120};
    }

    /** Moves the windows on to the row just pushed onto {@code series}. */
    void update(TickerSeries series) {
        // split-adjusted close times split-adjusted volume: the dollars traded, unchanged by later splits
        double traded = series.close.get(0) * series.volume.get(0);
        dollars.push(traded);
        // |R| per million dollars traded; infinite (so NULL downstream) on a day without volume
        illiquidity.push(Math.abs(series.simpleReturn.get(0)) * MILLION / traded);
        for (WindowSum sum : all) {
            sum.update(series.position);
        }
    }

    /** Writes the features of the current row into row {@code row} of {@code out}. */
    void write(TickerSeries series, Columns out, int row) {
        // means of non-negative values, floored at zero against rounding in the running sums
        out.set(Feature.ADV_20, row, Math.max(0, dollars20.mean()));
        out.set(Feature.AMIHUD_20, row, Math.max(0, amihud20.mean()));
        out.set(Feature.VOLUME_TREND_5_60, row, volume5.mean() / volume60.mean());
        out.set(Feature.VOLUME_TREND_20_120, row, volume20.mean() / volume120.mean());
    }
}
