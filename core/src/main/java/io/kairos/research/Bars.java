package io.kairos.research;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The daily bars of one symbol as primitive arrays, index 0 the oldest: what a strategy and the engine read, bar by
 * bar, without boxing. Prices are taken exactly as loaded. The arrays are not copied; nobody may change them after.
 */
public final class Bars {

    private final String symbol;
    private final LocalDate[] dates;
    private final double[] open;
    private final double[] high;
    private final double[] low;
    private final double[] close;
    private final double[] volume;

    /** @throws IllegalArgumentException when the arrays differ in length or the dates are not strictly ascending */
    public Bars(String symbol, LocalDate[] dates, double[] open, double[] high, double[] low, double[] close, double[] volume) {
        int n = dates.length;
        if (open.length != n || high.length != n || low.length != n || close.length != n || volume.length != n) {
            throw new IllegalArgumentException("the bars of " + symbol + " need one open, high, low, close and volume per date ("
                    + n + ")");
        }
        for (int i = 1; i < n; i++) {
            if (!dates[i].isAfter(dates[i - 1])) {
                throw new IllegalArgumentException("the dates of " + symbol + " must be strictly ascending: " + dates[i]
                        + " follows " + dates[i - 1]);
            }
        }
        this.symbol = symbol;
        this.dates = dates;
        this.open = open;
        this.high = high;
        this.low = low;
        this.close = close;
        this.volume = volume;
    }

    /** The bars dated from {@code start} to {@code end}, both included (copies). */
    public Bars between(LocalDate start, LocalDate end) {
        int from = firstIndexOnOrAfter(start);
        int to = firstIndexOnOrAfter(end.plusDays(1));
        return new Bars(symbol, Arrays.copyOfRange(dates, from, to), Arrays.copyOfRange(open, from, to),
                Arrays.copyOfRange(high, from, to), Arrays.copyOfRange(low, from, to), Arrays.copyOfRange(close, from, to),
                Arrays.copyOfRange(volume, from, to));
    }

    private int firstIndexOnOrAfter(LocalDate date) {
        int at = Arrays.binarySearch(dates, date);
        return at >= 0 ? at : -at - 1;
    }

    public String symbol() {
        return symbol;
    }

    public int size() {
        return dates.length;
    }

    /** The dates, oldest first (a read-only view, not a copy). */
    public List<LocalDate> dates() {
        return Collections.unmodifiableList(Arrays.asList(dates));
    }

    public LocalDate date(int bar) {
        return dates[bar];
    }

    public double[] open() {
        return open;
    }

    public double[] high() {
        return high;
    }

    public double[] low() {
        return low;
    }

    public double[] close() {
        return close;
    }

    public double[] volume() {
        return volume;
    }

    /** The mean of close x volume over the bars: how much trades in it a day; NaN without bars. */
    public double averageDollarVolume() {
        double sum = 0;
        for (int t = 0; t < close.length; t++) {
            sum += close[t] * volume[t];
        }
        return close.length == 0 ? Double.NaN : sum / close.length;
    }
}
