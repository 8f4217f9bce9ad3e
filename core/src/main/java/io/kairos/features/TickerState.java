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

    /** Takes in row {@code row} of {@code day}, whose market return is {@code marketReturn}. */
    void advance(PriceDay day, int row, double marketReturn) {
        series.push(day, row, marketReturn);
        momentum.update(series);
        volatility.update(series);
        liquidity.update(series);
        trend.update(series);
        range.update(series);
        market.update(series);
    }

    /** Writes the time-series features of the row last taken in into row {@code row} of {@code out}. */
    void write(Columns out, int row) {
        momentum.write(series, out, row);
        volatility.write(series, out, row);
        liquidity.write(series, out, row);
        trend.write(series, out, row);
        range.write(series, out, row);
        market.write(series, out, row);
    }
}
