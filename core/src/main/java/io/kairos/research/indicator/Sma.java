package io.kairos.research.indicator;

/**
 * Simple moving average: the arithmetic mean of the last {@code period} values, first on the {@code period}-th value
 * of the input. O(1) per bar: a running sum that adds the new value and takes out the one leaving the window.
 *
 * <p>The running sum is compensated: each add and remove is an error-free two-sum whose exact rounding error is
 * accumulated beside the sum, so {@code (sum + error) / period} is the correctly rounded sum over the period, as
 * Backtrader's {@code math.fsum(window) / period} gives it, bit for bit, unless the exact sum lies within about 1e-25
 * (relative) of a rounding midpoint. A plain running sum drifts by an ulp or two over thousands of bars, which is
 * enough to turn two equal averages into a cross that Backtrader does not see.
 */
public final class Sma {

    private Sma() {
    }

    public static double[] of(double[] x, int period) {
        checkPeriod(period);
        double[] out = Series.empty(x.length);
        int first = Series.firstValue(x);
        double sum = 0;
        double error = 0;
        for (int i = first; i < x.length; i++) {
            // add x[i] (Knuth's two-sum: the rounding error of sum + b, exactly, goes to error; only sum + b is on the
            // chain from one bar to the next, so the error terms pipeline)
            double b = x[i];
            double s = sum + b;
            double bv = s - sum;
            error += (sum - (s - bv)) + (b - bv);
            sum = s;
            if (i - period >= first) {
                b = -x[i - period];
                s = sum + b;
                bv = s - sum;
                error += (sum - (s - bv)) + (b - bv);
                sum = s;
            }
            if (i >= first + period - 1) {
                out[i] = (sum + error) / period;
            }
        }
        return out;
    }

    /** The mean of {@code x[from, from + period)}, correctly rounded as {@link #of} gives it (the seed of the smoothed averages). */
    static double mean(double[] x, int from, int period) {
        double sum = 0;
        double error = 0;
        for (int i = from; i < from + period; i++) {
            double b = x[i];
            double s = sum + b;
            double bv = s - sum;
            error += (sum - (s - bv)) + (b - bv);
            sum = s;
        }
        return (sum + error) / period;
    }

    static void checkPeriod(int period) {
        if (period < 1) {
            throw new IllegalArgumentException("a period must be at least 1, not " + period);
        }
    }
}
