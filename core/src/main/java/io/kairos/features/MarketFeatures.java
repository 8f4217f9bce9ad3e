package io.kairos.features;

/**
 * Beta and residual volatility of the ticker's simple return R against the market
 * return M (the equal-weighted mean of every ticker's return on the date, see {@link MarketReturn}).
 */
final class MarketFeatures {

    private final Ring marketSquares = new Ring(TickerSeries.LOOKBACK);
    private final Ring stockSquares = new Ring(TickerSeries.LOOKBACK);
    private final Ring products = new Ring(TickerSeries.LOOKBACK);
    private final Regression short60;
    private final Regression long252;

    MarketFeatures(TickerSeries series) {
        short60 = new Regression(series, 60);
        long252 = new Regression(series, 252);
    }

    /** Moves the windows on to the row just pushed onto {@code series}. */
    void update(TickerSeries series) {
        double m = series.market.get(0);
        double r = series.simpleReturn.get(0);
        marketSquares.push(m * m);
        stockSquares.push(r * r);
        products.push(r * m);
        short60.update(series.position);
        long252.update(series.position);
    }

    /** Writes the features of the current row into row {@code row} of {@code out}. */
    void write(TickerSeries series, Columns out, int row) {
        out.set(Feature.BETA_60, row, short60.beta());
        out.set(Feature.BETA_252, row, long252.beta());
        out.set(Feature.RESID_VOL_60, row, short60.residualVolatility());
        out.set(Feature.RESID_VOL_252, row, long252.residualVolatility());
    }

    /** The window sums of a least-squares fit of R on M. */
    private final class Regression {

        private final int window;
        private final WindowSum market;
        private final WindowSum stock;
        private final WindowSum marketSquared;
        private final WindowSum stockSquared;
        private final WindowSum crossed;

        Regression(TickerSeries series, int window) {
            this.window = window;
            market = WindowSum.plain(series.market, window);
            stock = WindowSum.plain(series.simpleReturn, window);
            marketSquared = WindowSum.plain(marketSquares, window);
            stockSquared = WindowSum.plain(stockSquares, window);
            crossed = WindowSum.plain(products, window);
        }

        void update(long position) {
            market.update(position);
            stock.update(position);
            marketSquared.update(position);
            stockSquared.update(position);
            crossed.update(position);
        }

        double beta() {
            double marketVariation = centered(marketSquared, market, market);
            return marketVariation > 0 ? centered(crossed, market, stock) / marketVariation : Double.NaN;
        }

        double residualVolatility() {
            double marketVariation = centered(marketSquared, market, market);
            if (!(marketVariation > 0)) {
                return Double.NaN;
            }
            double covariation = centered(crossed, market, stock);
            double residual = centered(stockSquared, stock, stock) - covariation * covariation / marketVariation;
            return VolatilityFeatures.annualised(residual / (window - 2));
        }

        /** {@code sum(x y) - sum(x) sum(y) / n}: n times the covariance. */
        private double centered(WindowSum products, WindowSum x, WindowSum y) {
            return products.sum() - x.sum() * y.sum() / window;
        }
    }
}
