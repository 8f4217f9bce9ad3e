package io.kairos.research.indicator;

/**
 * Wilder's relative strength index on closes: the up moves {@code max(c[t] - c[t-1], 0)} and down moves
 * {@code max(c[t-1] - c[t], 0)} from the second bar on, each smoothed by {@link Ema#wilder} (seeded by the simple mean
 * of the first {@code period} moves), then {@code 100 - 100 / (1 + up / down)}. The first value is on bar
 * {@code period}. When the down average is 0 the RSI is 100 (50 when the up average is 0 too); Backtrader, without
 * its {@code safediv} option, stops there with a division by zero.
 */
public final class WilderRsi {

    private WilderRsi() {
    }

    public static double[] of(double[] close, int period) {
        int n = close.length;
        double[] up = Series.empty(n);
        double[] down = Series.empty(n);
        for (int i = Series.firstValue(close) + 1; i < n; i++) {
            up[i] = Math.max(close[i] - close[i - 1], 0.0);
            down[i] = Math.max(close[i - 1] - close[i], 0.0);
        }
        double[] averageUp = Ema.wilder(up, period);
        double[] averageDown = Ema.wilder(down, period);
        double[] rsi = Series.empty(n);
        for (int i = 0; i < n; i++) {
            double u = averageUp[i];
            double d = averageDown[i];
            if (Double.isNaN(u)) {
                continue;
            }
            rsi[i] = d != 0 ? 100.0 - 100.0 / (1.0 + u / d) : u != 0 ? 100.0 : 50.0;
        }
        return rsi;
    }
}
