package io.kairos.features;

/** Everything kept about one ticker between its rows: its recent inputs and each family's windows. */
final class TickerState {

    private final TickerSeries series;
    private final MomentumFeatures momentum;
    private final VolatilityFeatures volatility;
    private final LiquidityFeatures liquidity;
    private final TrendFeatures trend;
    private final RangeFeatures range;
    private final MarketFeatures market;

    /** The state of a ticker with {@code earlierRows} stored rows before the first one this run reads. */
    TickerState(long earlierRows) {
        series = new TickerSeries(earlierRows);
        momentum = new MomentumFeatures(series);
        volatility = new VolatilityFeatures(series);
        liquidity = new LiquidityFeatures(series);
        trend = new TrendFeatures(series);
        range = new RangeFeatures(series);
        market = new MarketFeatures(series);
    }

    /** Takes in row {@code row} of {@code day} and writes its time-series features into the same row of {@code out}. */
    void advance(PriceDay day, int row, double marketReturn, Columns out) {
        series.push(day, row, marketReturn);
        momentum.advance(series, out, row);
        volatility.advance(series, out, row);
        liquidity.advance(series, out, row);
        trend.advance(series, out, row);
        range.advance(series, out, row);
        market.advance(series, out, row);
    }
}
