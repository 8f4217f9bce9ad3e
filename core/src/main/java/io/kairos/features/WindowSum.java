package io.kairos.features;

/**
 * A weighted sum over the last {@code window} values of a {@link Ring}, {@code sum(c d^j x_(t-j))} for
 * {@code j < window}: a plain sum ({@code c = d = 1}) or an exponential average truncated to the
 * window ({@code d = 1 - 2 / (span + 1)}, {@code c} normalising the weights to one). Undefined (NaN)
 * while any value in the window is missing or not finite, so also until the ticker has
 * {@code window} rows.
 *
 * <p>Between rows the sum is updated in O(1), {@code s = c x_t + d s - c d^window x_(t-window)}.
 * So that a value does not depend on where a run started reading, the sum is recomputed directly
 * from the ring, oldest value first, at every row whose index in the ticker's whole history is a
 * multiple of {@link #SYNC} (and at the first row a run reads). A value then depends only on the
 * rows of the window of the last recomputation and those since, which a full build, a build on a
 * truncated store and an incremental run that read {@link TickerSeries#HISTORY} rows all see alike.
 */
final class WindowSum {

    /** Rows between direct recomputations: more costs history in incremental runs, fewer costs time. */
    static final int SYNC = 32;

    private final Ring source;
    private final int window;
    /** {@code c d^j} for {@code j < window}, shared by every ticker; null for a plain sum. */
    private final double[] weights;
    private final double scale;
    private final double decay;
    private final double leavingWeight;
    private double sum;
    private int unusable;
    private boolean started;

    private WindowSum(Ring source, int window, double[] weights, double decay) {
        this.source = source;
        this.window = window;
        this.weights = weights;
        this.decay = decay;
        scale = weights == null ? 1 : weights[0];
        leavingWeight = weights == null ? 1 : weights[window - 1] * decay;
    }

    /** The plain sum of the last {@code window} values. */
    static WindowSum plain(Ring source, int window) {
        return new WindowSum(source, window, null, 1);
    }

    /** The exponential average of span {@code span}, truncated to the last {@code window} values. */
    static WindowSum exponential(Ring source, int span, int window) {
        double decay = 1 - 2.0 / (span + 1);
        return new WindowSum(source, window, ExponentialWeights.of(decay, window), decay);
    }

    /** Takes in the value just pushed onto the source, the row at {@code position} of the ticker's history. */
    void update(long position) {
        if (!started || position % SYNC == 0) {
            recompute();
            started = true;
            return;
        }
        double entering = source.get(0);
        double leaving = source.get(window);
        double add = 0;
        double remove = 0;
        if (Double.isFinite(entering)) {
            add = entering;
        } else {
            unusable++;
        }
        if (Double.isFinite(leaving)) {
            remove = leaving;
        } else {
            unusable--;
        }
        sum = scale * add + decay * sum - leavingWeight * remove;
    }

    double sum() {
        return unusable == 0 ? sum : Double.NaN;
    }

    double mean() {
        return sum() / window;
    }

    private double weight(int j) {
        return weights == null ? 1 : weights[j];
    }

    /** The direct sum from the ring, oldest value first. */
    private void recompute() {
        double total = 0;
        int missing = 0;
        for (int j = window - 1; j >= 0; j--) {
            double value = source.get(j);
            if (Double.isFinite(value)) {
                total += weight(j) * value;
            } else {
                missing++;
            }
        }
        sum = total;
        unusable = missing;
    }
}
