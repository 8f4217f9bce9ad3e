package io.kairos.backtest.metrics;

import java.util.Arrays;

/**
 * The Sharpe ratio over a trailing window of daily returns, for the report's chart of how the edge held up over
 * time. Each value uses the same formula as the whole backtest's (annualised, risk-free 0, sample deviation).
 */
public final class RollingSharpe {

    /** A quarter of a year of sessions. */
    public static final int DEFAULT_WINDOW = 63;

    private RollingSharpe() {
    }

    /** {@link #of(double[], int)} over {@link #DEFAULT_WINDOW} sessions. */
    public static double[] of(double[] dailyReturns) {
        return of(dailyReturns, DEFAULT_WINDOW);
    }

    /**
     * One value per return: value {@code i} is the Sharpe ratio of returns {@code i - window + 1} to {@code i}. The
     * first {@code window - 1} values, and those of windows without variance, are NaN (a plot leaves a gap; JSON
     * needs them written as null).
     */
    public static double[] of(double[] dailyReturns, int window) {
        if (window < 2) {
            throw new IllegalArgumentException("a rolling Sharpe ratio needs a window of at least 2 returns, got " + window);
        }
        double[] sharpe = new double[dailyReturns.length];
        Arrays.fill(sharpe, Double.NaN);
        for (int end = window - 1; end < dailyReturns.length; end++) {
            Double value = ReturnStats.sharpe(Arrays.copyOfRange(dailyReturns, end - window + 1, end + 1));
            if (value != null) {
                sharpe[end] = value;
            }
        }
        return sharpe;
    }
}
