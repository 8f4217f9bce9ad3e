package io.kairos.backtest.replay;

import io.kairos.execution.fill.Bar;

/**
 * The daily volatility and the average daily dollar volume known before a fill session, which the fill model's
 * impact needs: the simulated broker's figures (its SimPrices.history), taken from the panel. Over the ticker's last
 * {@value #SESSIONS} bars before the session (its own bars: sessions without one are skipped): the sample standard
 * deviation of the daily log returns of {@code closeadj} (of {@code close} where closeadj is missing), over the 21
 * bars that give 20 returns, 0 with fewer than two returns; and the mean of close * volume over the 20 bars (bars
 * without volume left out), or the fill session's own close * volume without history.
 */
record TradingHistory(double dailyVolatility, double adv) {

    static final int SESSIONS = 20;

    static TradingHistory before(PricePanel panel, int ticker, int session, Bar bar) {
        double[] prices = new double[SESSIONS + 1];
        int rows = 0;
        double dollars = 0;
        int withVolume = 0;
        for (int s = session - 1; s >= 0 && rows <= SESSIONS; s--) {
            if (!panel.hasBar(s, ticker)) {
                continue;
            }
            double close = panel.close(s, ticker);
            double adjusted = panel.closeadj(s, ticker);
            prices[rows] = Double.isNaN(adjusted) ? close : adjusted;
            double volume = panel.volume(s, ticker);
            if (rows < SESSIONS && !Double.isNaN(volume)) {
                dollars += close * volume;
                withVolume++;
            }
            rows++;
        }
        double adv = withVolume > 0 ? dollars / withVolume : 0;
        return new TradingHistory(volatility(prices, rows), adv > 0 ? adv : bar.close() * bar.volume());
    }

    /** {@code prices} newest first; the returns are between neighbours. */
    private static double volatility(double[] prices, int rows) {
        int returns = rows - 1;
        if (returns < 2) {
            return 0;
        }
        double[] r = new double[returns];
        double mean = 0;
        for (int i = 0; i < returns; i++) {
            r[i] = Math.log(prices[i] / prices[i + 1]);
            mean += r[i];
        }
        mean /= returns;
        double squares = 0;
        for (double x : r) {
            squares += (x - mean) * (x - mean);
        }
        return Math.sqrt(squares / (returns - 1));
    }
}
