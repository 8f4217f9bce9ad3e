package io.kairos.backtest.replay;

import io.kairos.data.store.ArrowQuery;
import io.kairos.data.store.ArrowRows;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Daily bars of many tickers over the same sessions, as primitive arrays indexed {@code [session][ticker]}: one row
 * per session, so that a loop over every ticker of a day (the benchmark's) reads memory in order, and no array is
 * large enough to need contiguous heap. A ticker has a bar on a session when its {@code close} is a number; NaN
 * anywhere means no value (not listed that day, or a null column). Prices are split-adjusted as {@code sep_base}
 * keeps them, {@code closeadj} dividend-adjusted too.
 *
 * <p>The arrays are taken as they are, not copied (a 20-year panel of 3,000 names is about 730 MB): the caller must
 * not change them afterwards.
 */
public final class PricePanel {

    /** Not a ticker's session: it has no bar anywhere in the panel. */
    public static final int NONE = -1;

    private static final int BATCH_ROWS = 65_536;

    private final LocalDate[] dates;
    private final String[] tickers;
    private final double[][] open;
    private final double[][] high;
    private final double[][] low;
    private final double[][] close;
    private final double[][] volume;
    private final double[][] closeadj;
    private final int[] lastBar;

    /**
     * @param dates   the sessions, strictly ascending
     * @param tickers the names, strictly ascending (so that every output sorted by index is sorted by name)
     * @param close   positive where the ticker has a bar, NaN where it has none
     */
    public PricePanel(List<LocalDate> dates, List<String> tickers, double[][] open, double[][] high, double[][] low,
            double[][] close, double[][] volume, double[][] closeadj) {
        this.dates = dates.toArray(LocalDate[]::new);
        this.tickers = tickers.toArray(String[]::new);
        for (int i = 1; i < this.dates.length; i++) {
            if (!this.dates[i].isAfter(this.dates[i - 1])) {
                throw new IllegalArgumentException("the panel's dates must be strictly ascending: " + this.dates[i] + " follows "
                        + this.dates[i - 1]);
            }
        }
        for (int i = 0; i < this.tickers.length; i++) {
            if (this.tickers[i] == null || this.tickers[i].isBlank() || i > 0 && this.tickers[i].compareTo(this.tickers[i - 1]) <= 0) {
                throw new IllegalArgumentException("the panel's tickers must be named and strictly ascending: " + this.tickers[i]
                        + (i > 0 ? " follows " + this.tickers[i - 1] : ""));
            }
        }
        this.open = shaped("open", open);
        this.high = shaped("high", high);
        this.low = shaped("low", low);
        this.close = shaped("close", close);
        this.volume = shaped("volume", volume);
        this.closeadj = shaped("closeadj", closeadj);
        this.lastBar = new int[this.tickers.length];
        Arrays.fill(lastBar, NONE);
        for (int s = 0; s < this.dates.length; s++) {
            double[] closes = close[s];
            for (int t = 0; t < closes.length; t++) {
                double c = closes[t];
                if (c == c) {
                    if (!(c > 0) || c == Double.POSITIVE_INFINITY) {
                        throw new IllegalArgumentException("close of " + this.tickers[t] + " on " + this.dates[s]
                                + " must be positive and finite, or NaN for no bar, got " + c);
                    }
                    lastBar[t] = s;
                }
            }
        }
    }

    /**
     * The bars of {@code sep_base} from {@code from} to {@code to} (both included), read in one query ordered by
     * ticker and date. The panel's dates are the dates that have rows; a row counts when its close is a positive
     * number. Nulls become NaN.
     */
    public static PricePanel load(Connection store, LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("a price panel from " + from + " to " + to + " has no dates");
        }
        Loader loader = new Loader();
        // each row carries its ticker's and date's rank and the counts of both, so the arrays are sized on the first row
        ArrowQuery.forEachBatch(store, """
                WITH bars AS (SELECT ticker, date, open, high, low, close, volume, closeadj FROM sep_base
                              WHERE date BETWEEN DATE '%s' AND DATE '%s' AND close > 0 AND isfinite(close)),
                ranked AS (SELECT *, (dense_rank() OVER (ORDER BY ticker) - 1)::INTEGER AS t,
                                  (dense_rank() OVER (ORDER BY date) - 1)::INTEGER AS d FROM bars)
                SELECT t, d, max(t) OVER () + 1 AS tickers, max(d) OVER () + 1 AS dates, ticker, date,
                       open, high, low, close, volume, closeadj
                FROM ranked ORDER BY t, d""".formatted(from, to), BATCH_ROWS, loader::accept);
        return loader.panel();
    }

    /** Fills the arrays row by row; reads a ticker's name only on its first row. */
    private static final class Loader {

        private LocalDate[] dates = new LocalDate[0];
        private String[] tickers = new String[0];
        private double[][][] fields;

        void accept(ArrowRows batch) {
            for (int row = 0; row < batch.size(); row++) {
                if (fields == null) {
                    tickers = new String[batch.getInt(2, row)];
                    dates = new LocalDate[batch.getInt(3, row)];
                    fields = new double[6][dates.length][tickers.length];
                    for (double[][] field : fields) {
                        for (double[] day : field) {
                            Arrays.fill(day, Double.NaN);
                        }
                    }
                }
                int t = batch.getInt(0, row);
                int d = batch.getInt(1, row);
                if (tickers[t] == null) {
                    tickers[t] = batch.getString(4, row);
                }
                if (dates[d] == null) {
                    dates[d] = LocalDate.ofEpochDay(batch.getInt(5, row));
                }
                for (int f = 0; f < fields.length; f++) {
                    fields[f][d][t] = batch.getDouble(6 + f, row);
                }
            }
        }

        PricePanel panel() {
            double[][][] f = fields != null ? fields : new double[6][0][0];
            return new PricePanel(List.of(dates), List.of(tickers), f[0], f[1], f[2], f[3], f[4], f[5]);
        }
    }

    private double[][] shaped(String field, double[][] values) {
        if (values == null || values.length != dates.length) {
            throw new IllegalArgumentException("the panel's " + field + " needs one row per date (" + dates.length + ")");
        }
        for (int s = 0; s < values.length; s++) {
            if (values[s] == null || values[s].length != tickers.length) {
                throw new IllegalArgumentException("the panel's " + field + " on " + dates[s] + " needs one value per ticker ("
                        + tickers.length + ")");
            }
        }
        return values;
    }

    public int sessions() {
        return dates.length;
    }

    public int tickers() {
        return tickers.length;
    }

    public LocalDate date(int session) {
        return dates[session];
    }

    public String ticker(int index) {
        return tickers[index];
    }

    /** The index of a date, or {@link #NONE} when it is not one of the panel's. */
    public int session(LocalDate date) {
        int at = Arrays.binarySearch(dates, date);
        return at >= 0 ? at : NONE;
    }

    /** The index of a ticker, or {@link #NONE} when the panel does not have it. */
    public int tickerIndex(String ticker) {
        int at = Arrays.binarySearch(tickers, ticker);
        return at >= 0 ? at : NONE;
    }

    public boolean hasBar(int session, int ticker) {
        return !Double.isNaN(close[session][ticker]);
    }

    /** The last session on which the ticker has a bar, or {@link #NONE}. */
    public int lastBar(int ticker) {
        return lastBar[ticker];
    }

    public double open(int session, int ticker) {
        return open[session][ticker];
    }

    public double high(int session, int ticker) {
        return high[session][ticker];
    }

    public double low(int session, int ticker) {
        return low[session][ticker];
    }

    public double close(int session, int ticker) {
        return close[session][ticker];
    }

    public double volume(int session, int ticker) {
        return volume[session][ticker];
    }

    public double closeadj(int session, int ticker) {
        return closeadj[session][ticker];
    }

    /**
     * The ticker's close on the session, or its latest one before it when it has no bar that day (the price a
     * holding is marked at and an order sized at); NaN when it has no bar on or before the session.
     */
    public double closeOnOrBefore(int session, int ticker) {
        for (int s = session; s >= 0; s--) {
            double c = close[s][ticker];
            if (c == c) {
                return c;
            }
        }
        return Double.NaN;
    }

    /** The closes of every ticker on one session: the panel's own row, not a copy. */
    double[] closes(int session) {
        return close[session];
    }

    /** The adjusted closes of every ticker on one session: the panel's own row, not a copy. */
    double[] closeadjs(int session) {
        return closeadj[session];
    }
}
