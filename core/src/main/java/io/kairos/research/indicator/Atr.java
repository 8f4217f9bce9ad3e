package io.kairos.research.indicator;

/**
 * Wilder's average true range: the true range {@code max(high[t], close[t-1]) - min(low[t], close[t-1])} from the
 * second bar on, smoothed by {@link Ema#wilder}; the first value is on bar {@code period}.
 */
public final class Atr {

    private Atr() {
    }

    public static double[] of(double[] high, double[] low, double[] close, int period) {
        double[] trueRange = Series.empty(close.length);
        for (int i = Series.firstValue(close) + 1; i < close.length; i++) {
            trueRange[i] = Math.max(high[i], close[i - 1]) - Math.min(low[i], close[i - 1]);
        }
        return Ema.wilder(trueRange, period);
    }
}
