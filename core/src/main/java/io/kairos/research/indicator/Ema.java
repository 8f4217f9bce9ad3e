package io.kairos.research.indicator;

/**
 * Exponential smoothing as Backtrader computes it: the first value is the simple mean of the first {@code period}
 * values of the input, then {@code prev * (1 - alpha) + x * alpha}, in that order of operations. The exponential
 * moving average takes {@code alpha = 2 / (period + 1)}; Wilder's smoothing (the SMMA of RSI and ATR) takes
 * {@code alpha = 1 / period}.
 */
public final class Ema {

    private Ema() {
    }

    /** The exponential moving average, alpha = 2 / (period + 1). */
    public static double[] exponential(double[] x, int period) {
        return smoothed(x, period, 2.0 / (1.0 + period));
    }

    /** Wilder's smoothed moving average, alpha = 1 / period. */
    public static double[] wilder(double[] x, int period) {
        return smoothed(x, period, 1.0 / period);
    }

    private static double[] smoothed(double[] x, int period, double alpha) {
        Sma.checkPeriod(period);
        double[] out = Series.empty(x.length);
        int seed = Series.firstValue(x) + period - 1;
        if (seed >= x.length) {
            return out;
        }
        double keep = 1.0 - alpha;
        double previous = Sma.mean(x, seed - period + 1, period);
        out[seed] = previous;
        for (int i = seed + 1; i < x.length; i++) {
            previous = previous * keep + x[i] * alpha;
            out[i] = previous;
        }
        return out;
    }
}
