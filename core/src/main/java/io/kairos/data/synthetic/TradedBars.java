package io.kairos.data.synthetic;

/**
 * One ticker's daily bars as traded (unadjusted prices and share volumes) with the corporate actions
 * of each day, in columns, filled day by day by the simulator.
 */
final class TradedBars {

    private final int firstSession;
    private final double[] open;
    private final double[] high;
    private final double[] low;
    private final double[] close;
    private final double[] volume;
    private final double[] splitRatio;
    private final double[] dividend;
    private int rows;
    private boolean delisted;

    TradedBars(int firstSession, int capacity) {
        this.firstSession = firstSession;
        this.open = new double[capacity];
        this.high = new double[capacity];
        this.low = new double[capacity];
        this.close = new double[capacity];
        this.volume = new double[capacity];
        this.splitRatio = new double[capacity];
        this.dividend = new double[capacity];
    }

    /**
     * Appends a day. {@code splitRatio} is new shares per old share for a split effective at this
     * day's open (1 when none); {@code dividend} the cash per share going ex this day (0 when none).
     */
    void add(double open, double high, double low, double close, double volume, double splitRatio, double dividend) {
        this.open[rows] = open;
        this.high[rows] = high;
        this.low[rows] = low;
        this.close[rows] = close;
        this.volume[rows] = volume;
        this.splitRatio[rows] = splitRatio;
        this.dividend[rows] = dividend;
        rows++;
    }

    /** The name stopped trading after the last added day. */
    void markDelisted() {
        delisted = true;
    }

    int firstSession() {
        return firstSession;
    }

    int rows() {
        return rows;
    }

    boolean delisted() {
        return delisted;
    }

    double open(int row) {
        return open[row];
    }

    double high(int row) {
        return high[row];
    }

    double low(int row) {
        return low[row];
    }

    double close(int row) {
        return close[row];
    }

    double volume(int row) {
        return volume[row];
    }

    double splitRatio(int row) {
        return splitRatio[row];
    }

    double dividend(int row) {
        return dividend[row];
    }

    boolean hasCorporateAction(int row) {
        return splitRatio[row] != 1 || dividend[row] != 0;
    }
}
