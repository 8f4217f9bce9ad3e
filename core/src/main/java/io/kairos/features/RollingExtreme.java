package io.kairos.features;

/**
 * The largest (or smallest) value of a {@link Ring} over the last {@code window} rows, kept with a
 * monotonic queue of row numbers. A max or min needs no rounding, so it does not depend on where the
 * queue started. Undefined until {@code window} rows have been pushed and while any value in the
 * window is not finite.
 */
final class RollingExtreme {

    private final Ring source;
    private final int window;
    private final boolean largest;
    private final int[] queue;
    private final int mask;
    private int head;
    private int size;
    private int rows;
    private int unusable;

    private RollingExtreme(Ring source, int window, boolean largest) {
        this.source = source;
        this.window = window;
        this.largest = largest;
        queue = new int[Integer.highestOneBit(window) << 1];
        mask = queue.length - 1;
    }

    static RollingExtreme max(Ring source, int window) {
        return new RollingExtreme(source, window, true);
    }

    static RollingExtreme min(Ring source, int window) {
        return new RollingExtreme(source, window, false);
    }

    /** Takes in the row just pushed onto the source ring. */
    void update() {
        int row = rows++;
        double value = source.get(0);
        if (Double.isFinite(value)) {
            // on ties the newer row stays, so the extreme's row is its latest occurrence
            while (size > 0 && !beats(valueAt(queue[(head + size - 1) & mask]), value)) {
                size--;
            }
            queue[(head + size) & mask] = row;
            size++;
        } else {
            unusable++;
        }
        if (rows > window) {
            if (!Double.isFinite(source.get(window))) {
                unusable--;
            }
            if (size > 0 && queue[head] <= row - window) {
                head = (head + 1) & mask;
                size--;
            }
        }
    }

    double value() {
        return defined() ? valueAt(queue[head]) : Double.NaN;
    }

    /** Rows since the latest row holding the extreme (0: the current row), NaN when undefined. */
    double rowsSince() {
        return defined() ? rows - 1 - queue[head] : Double.NaN;
    }

    private boolean defined() {
        return rows >= window && unusable == 0 && size > 0;
    }

    private double valueAt(int row) {
        return source.get(rows - 1 - row);
    }

    private boolean beats(double kept, double entering) {
        return largest ? kept > entering : kept < entering;
    }
}
