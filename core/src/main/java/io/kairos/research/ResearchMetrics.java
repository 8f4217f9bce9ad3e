package io.kairos.research;

import java.util.List;

/**
 * The figures of one run, from its end-of-bar values (every bar of the range, warm-up included) and its closed trades.
 * An undefined figure is null, never NaN.
 *
 * @param totalReturn    {@code finalValue / cash - 1}
 * @param annualReturn   {@code (finalValue / cash)^(252 / bars) - 1}
 * @param sharpe         mean over population standard deviation of the daily returns, times sqrt(252); the first
 *                       return is the first bar's value over the starting cash; null when the deviation is 0
 * @param maxDrawdownPct the deepest fall of the value below its running peak, in percent of the peak
 * @param winRate        the share of closed trades with {@code pnl_net > 0}; null without closed trades
 * @param profitFactor   the sum of the winning trades' {@code pnl_net} over the losing ones' (as a positive number);
 *                       null without a losing trade
 * @param exposure       the share of bars that end holding a position
 * @param commissionPaid every commission charged, the open position's entry included
 */
public record ResearchMetrics(int bars, double finalValue, double totalReturn, Double annualReturn, Double sharpe,
        double maxDrawdownPct, int trades, Double winRate, Double profitFactor, double exposure, double commissionPaid) {

    static final int BARS_PER_YEAR = 252;

    static ResearchMetrics of(double cash, double[] equity, List<Trade> trades, int barsHoldingPosition, double commissionPaid) {
        int n = equity.length;
        double finalValue = n == 0 ? cash : equity[n - 1];
        double wins = 0;
        double losses = 0;
        int winners = 0;
        for (Trade trade : trades) {
            if (trade.pnlNet() > 0) {
                wins += trade.pnlNet();
                winners++;
            } else {
                losses -= trade.pnlNet();
            }
        }
        return new ResearchMetrics(n, finalValue, finalValue / cash - 1,
                annualReturn(cash, finalValue, n), sharpe(cash, equity),
                maxDrawdownPct(equity), trades.size(), trades.isEmpty() ? null : (double) winners / trades.size(),
                losses > 0 ? wins / losses : null, n == 0 ? 0 : (double) barsHoldingPosition / n, commissionPaid);
    }

    /** {@code (finalValue / cash)^(252 / bars) - 1}; null without bars. */
    public static Double annualReturn(double cash, double finalValue, int bars) {
        return bars == 0 ? null : Math.pow(finalValue / cash, (double) BARS_PER_YEAR / bars) - 1;
    }

    /**
     * The deepest fall below the running peak, {@code 100 * (peak - value) / peak} as Backtrader's DrawDown analyzer
     * writes it. Without a division per bar: the deepest fall is the smallest ratio value / peak, and
     * {@code v / p < worstV / worstP} is {@code v * worstP < worstV * p} for the positive peaks and values of a
     * long-only run.
     */
    public static double maxDrawdownPct(double[] equity) {
        double peak = Double.NEGATIVE_INFINITY;
        double worstPeak = 1;
        double worstValue = 1;
        for (double value : equity) {
            if (value > peak) {
                peak = value;
            } else if (value * worstPeak < worstValue * peak) {
                worstPeak = peak;
                worstValue = value;
            }
        }
        return 100 * (worstPeak - worstValue) / worstPeak;
    }

    /** Annualised Sharpe ratio of the daily returns of {@code equity}, the first against {@code cash}; risk-free rate 0. */
    public static Double sharpe(double cash, double[] equity) {
        int n = equity.length;
        if (n < 2) {
            return null;
        }
        // two passes over the returns, computed again in the second rather than kept: no array per run
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += equity[i] / (i == 0 ? cash : equity[i - 1]) - 1;
        }
        double mean = sum / n;
        double squares = 0;
        for (int i = 0; i < n; i++) {
            double r = equity[i] / (i == 0 ? cash : equity[i - 1]) - 1;
            squares += (r - mean) * (r - mean);
        }
        double deviation = Math.sqrt(squares / n);
        return deviation > 0 ? mean / deviation * Math.sqrt(BARS_PER_YEAR) : null;
    }
}
