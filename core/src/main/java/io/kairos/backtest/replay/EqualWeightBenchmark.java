package io.kairos.backtest.replay;

/**
 * The benchmark of a replay: the equal-weighted mean of every ticker's close-to-close total return ({@code closeadj})
 * over a session, among the tickers with an adjusted close on both that session and the one before. It runs over
 * every ticker of the panel every day, so it is the replay's largest loop: one pass over two rows of primitives.
 */
final class EqualWeightBenchmark {

    private EqualWeightBenchmark() {
    }

    /** The mean return from {@code previous} to {@code today} (rows of the panel's closeadj); 0 when no ticker has one. */
    static double dailyReturn(double[] previous, double[] today) {
        double sum = 0;
        int count = 0;
        for (int t = 0; t < today.length; t++) {
            double before = previous[t];
            double now = today[t];
            // NaN (no bar) fails both comparisons
            if (before > 0 && now > 0) {
                sum += now / before;
                count++;
            }
        }
        return count > 0 ? sum / count - 1 : 0;
    }
}
