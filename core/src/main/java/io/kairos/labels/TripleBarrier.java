package io.kairos.labels;

/**
 * The triple-barrier test of one entry: on each row after the entry up to the exit row, the return
 * {@code closeadj(t) / closeadj(entry) - 1} touches the upper barrier when it is at least
 * {@code upper * sigma} and the lower one when it is at most {@code -lower * sigma}; the first
 * touch decides. A row that touches both (possible only with zero multiples) counts as upper.
 * Holds the row of the last outcome, so that the labeler allocates nothing per entry.
 */
final class TripleBarrier {

    static final int UPPER = 1;
    static final int LOWER = -1;
    static final int VERTICAL = 0;

    private final double upper;
    private final double lower;
    private int hitRow;

    TripleBarrier(double upper, double lower) {
        this.upper = upper;
        this.lower = lower;
    }

    /** {@link #UPPER}, {@link #LOWER} or {@link #VERTICAL}; {@link #hitRow()} tells where. */
    int test(PriceSeries series, int entry, int exitRow, double sigma) {
        double entryClose = series.close(entry);
        double upperReturn = upper * sigma;
        double lowerReturn = -lower * sigma;
        for (int row = entry + 1; row <= exitRow; row++) {
            double ret = series.close(row) / entryClose - 1;
            if (ret >= upperReturn) {
                hitRow = row;
                return UPPER;
            }
            if (ret <= lowerReturn) {
                hitRow = row;
                return LOWER;
            }
        }
        hitRow = -1;
        return VERTICAL;
    }

    /** The row of the last touch; -1 after {@link #VERTICAL}. */
    int hitRow() {
        return hitRow;
    }
}
