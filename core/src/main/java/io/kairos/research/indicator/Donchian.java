package io.kairos.research.indicator;

/**
 * Donchian channels over the {@code n} bars before bar t, not bar t itself: {@code upper[t] = max(high[t-n .. t-1])},
 * {@code lower[t] = min(low[t-n .. t-1])}, first on bar n. So a close above the upper channel is a new n-bar high.
 * O(1) per bar on average: a monotonic queue of candidate indices.
 */
public final class Donchian {

    private Donchian() {
    }

    public static double[] upper(double[] high, int n) {
        return extreme(high, n, true);
    }

    public static double[] lower(double[] low, int n) {
        return extreme(low, n, false);
    }

    private static double[] extreme(double[] x, int n, boolean highest) {
        Sma.checkPeriod(n);
        double[] out = Series.empty(x.length);
        int first = Series.firstValue(x);
        int[] queue = new int[x.length];
        int head = 0;
        int tail = 0;
        // bar i is the newest of the window [i - n + 1, i] that gives the channel of bar i + 1
        for (int i = first; i < x.length - 1; i++) {
            while (tail > head && (highest ? x[queue[tail - 1]] <= x[i] : x[queue[tail - 1]] >= x[i])) {
                tail--;
            }
            queue[tail++] = i;
            if (queue[head] <= i - n) {
                head++;
            }
            if (i - first + 1 >= n) {
                out[i + 1] = x[queue[head]];
            }
        }
        return out;
    }
}
