package io.kairos.research.indicator;

/**
 * Where series {@code a} crosses series {@code b}, as Backtrader's {@code CrossOver}: +1 when a crosses above b on bar
 * t, -1 when it crosses below, 0 otherwise. Bar t compares {@code a[t]} with {@code b[t]} against the last non-zero
 * difference {@code a - b} before t, so touching and going back is no cross, while going through after a touch is. The
 * first difference is taken on the first bar where both have values; the first cross value is on the bar after it, so
 * no cross is reported on the first bar both exist.
 */
public final class CrossOver {

    private CrossOver() {
    }

    public static double[] of(double[] a, double[] b) {
        double[] out = Series.empty(a.length);
        int first = Math.max(Series.firstValue(a), Series.firstValue(b));
        if (first >= a.length) {
            return out;
        }
        double lastNonZero = a[first] - b[first];
        for (int i = first + 1; i < a.length; i++) {
            double up = lastNonZero < 0.0 && a[i] > b[i] ? 1 : 0;
            double down = lastNonZero > 0.0 && a[i] < b[i] ? 1 : 0;
            out[i] = up - down;
            double difference = a[i] - b[i];
            if (difference != 0) {
                lastNonZero = difference;
            }
        }
        return out;
    }
}
