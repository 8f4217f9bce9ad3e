package io.kairos.backtest.replay;

import io.kairos.execution.fill.Bar;

/**
 * The daily volatility and the average daily dollar volume known before a fill session, which the fill model's
 * impact needs: the simulated broker's figures (its SimPrices.history), taken from the panel. Over the ticker's last
 * bars before the session (its own bars: sessions without one are skipped): the sample standard deviation of the
 * daily log returns of {@code closeadj} (of {@code close} where closeadj is missing) over the 21 bars that give
 * {@value #SESSIONS} returns, 0 with fewer than two returns; and the mean of close * volume over the last
 * {@value #SESSIONS} bars (bars without volume left out), or the fill session's own close * volume without history.
 * One instance measures ticker after ticker in the same buffer.
 */
final class TradingHistory {

    static final int SESSIONS = 20;

    private final PricePanel panel;
    private final double[] prices = new double[SESSIONS + 1];
    private double dailyVolatility;
    private double adv;

    TradingHistory(PricePanel panel) {
        this.panel = panel;
    }

    /** Measures the ticker before the session; {@code bar} is the session's, the fallback of the ADV. */
    TradingHistory measure(int ticker, int session, Bar bar) {
        int rows = 0;
        double dollars = 0;
        int withVolume = 0;
        for (int s = session - 1; s >= 0 && rows <= SESSIONS; s--) {
            double close = panel.close(s, ticker);
            if (Double.isNaN(close)) {
                continue;
            }
            double adjusted = panel.closeadj(s, ticker);
            prices[rows] = Double.isNaN(adjusted) ? close : adjusted;
            double volume = panel.volume(s, ticker);
            if (rows < SESSIONS && !Double.isNaN(volume)) {
                dollars += close * volume;
                withVolume++;
            }
            rows++;
        }
        double mean = withVolume > 0 ? dollars / withVolume : 0;
        adv = mean > 0 ? mean : bar.close() * bar.volume();
        dailyVolatility = volatility(rows);
        return this;
    }

    double dailyVolatility() {
        return dailyVolatility;
    }

    double adv() {
        return adv;
    }

    /** The sample deviation of the log returns between neighbours of {@code prices} (newest first), made in place. */
    private double volatility(int rows) {
        int returns = rows - 1;
        if (returns < 2) {
            return 0;
        }
        double mean = 0;
        for (int i = 0; i < returns; i++) {
            prices[i] = Math.log(prices[i] / prices[i + 1]);
            mean += prices[i];
        }
        mean /= returns;
        double squares = 0;
        for (int i = 0; i < returns; i++) {
            squares += (prices[i] - mean) * (prices[i] - mean);
        }
        return Math.sqrt(squares / (returns - 1));
    }
}
