package io.kairos.labels;

/**
 * One ticker's usable prices in date order: a view of rows {@code from..from+size-1} of the arrays
 * {@link StoredPrices} read, the epoch day of each row and its {@code closeadj}.
 */
final class PriceSeries {

    private final String ticker;
    private final boolean delisted;
    private final int[] days;
    private final double[] closes;
    private final int from;
    private final int size;

    PriceSeries(String ticker, boolean delisted, int[] days, double[] closes, int from, int size) {
        this.ticker = ticker;
        this.delisted = delisted;
        this.days = days;
        this.closes = closes;
        this.from = from;
        this.size = size;
    }

    String ticker() {
        return ticker;
    }

    /** Whether {@code tickers.isdelisted} says the ticker stopped trading. */
    boolean delisted() {
        return delisted;
    }

    int size() {
        return size;
    }

    /** The epoch day of row {@code row} (0 is the ticker's first). */
    int day(int row) {
        return days[from + row];
    }

    double close(int row) {
        return closes[from + row];
    }

    int lastDay() {
        return days[from + size - 1];
    }
}
