package io.kairos.research.indicator;

/**
 * Simple moving average: the arithmetic mean of the last {@code period} values, first on the {@code period}-th value
 * of the input. O(1) per bar: a running sum that adds the new value and takes out the one leaving the window.
 *
 * <p>The running sum is compensated (a double-double: the rounded sum and its exact rounding error, each step an
 * error-free two-sum), so that it carries about 106 bits and {@code sum / period} gives the correctly rounded mean, as
 * Backtrader's {@code math.fsum(window) / period} does, bit for bit, unless the exact sum lies within about 1e-30 of
 * it of a rounding midpoint. A plain running sum drifts by an ulp or two over thousands of bars, which is enough to
 * turn two equal averages into a cross that Backtrader does not see.
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
            // add x[i] (Knuth's two-sum: s + e == sum + x[i] exactly)
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
            // renormalise so that error stays below half an ulp of sum
            s = sum + error;
            error -= s - sum;
            sum = s;
            if (i >= first + period - 1) {
                out[i] = sum / period;
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
