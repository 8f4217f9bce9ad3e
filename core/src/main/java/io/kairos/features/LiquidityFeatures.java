package io.kairos.features;

/** Average dollar volume, Amihud illiquidity and volume trends. */
final class LiquidityFeatures {

    private static final double MILLION = 1e6;
    private static final int LONG = 60;

    private final Ring dollars = new Ring(LONG);
    private final Ring illiquidity = new Ring(LONG);
    private final WindowSum dollars20 = WindowSum.plain(dollars, 20);
    private final WindowSum dollars60 = WindowSum.plain(dollars, LONG);
    private final WindowSum amihud20 = WindowSum.plain(illiquidity, 20);
    private final WindowSum amihud60 = WindowSum.plain(illiquidity, LONG);
    private final WindowSum volume5;
    private final WindowSum volume20;
    private final WindowSum volume60;
    private final WindowSum volume120;
    private final WindowSum[] all;

    LiquidityFeatures(TickerSeries series) {
        volume5 = WindowSum.plain(series.volume, 5);
        volume20 = WindowSum.plain(series.volume, 20);
        volume60 = WindowSum.plain(series.volume, LONG);
        volume120 = WindowSum.plain(series.volume, 120);
        all = new WindowSum[] {dollars20, dollars60, amihud20, amihud60, volume5, volume20, volume60, volume120};
    }

    void advance(TickerSeries series, Columns out, int row) {
        // split-adjusted close times split-adjusted volume: the dollars traded, unchanged by later splits
        double traded = series.close.get(0) * series.volume.get(0);
        dollars.push(traded);
        // |R| per million dollars traded; infinite (so NULL downstream) on a day without volume
        illiquidity.push(Math.abs(series.simpleReturn.get(0)) * MILLION / traded);
        for (WindowSum sum : all) {
            sum.update(series.position);
        }
        out.set(Feature.ADV_20, row, dollars20.mean());
        out.set(Feature.ADV_60, row, dollars60.mean());
        out.set(Feature.AMIHUD_20, row, amihud20.mean());
        out.set(Feature.AMIHUD_60, row, amihud60.mean());
        out.set(Feature.VOLUME_TREND_5_60, row, volume5.mean() / volume60.mean());
        out.set(Feature.VOLUME_TREND_20_120, row, volume20.mean() / volume120.mean());
    }
}
