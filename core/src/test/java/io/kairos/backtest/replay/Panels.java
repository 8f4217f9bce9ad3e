package io.kairos.backtest.replay;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Small panels written bar by bar for the tests; every value not set is NaN (no bar). */
final class Panels {

    /** Monday 2024-03-04 to Monday 2024-03-11: six sessions. */
    static final List<LocalDate> WEEK = List.of(LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 5), LocalDate.of(2024, 3, 6),
            LocalDate.of(2024, 3, 7), LocalDate.of(2024, 3, 8), LocalDate.of(2024, 3, 11));

    private final List<LocalDate> dates;
    private final List<String> tickers;
    private final double[][][] fields;

    Panels(List<LocalDate> dates, String... tickers) {
        this.dates = dates;
        this.tickers = List.of(tickers);
        this.fields = new double[6][dates.size()][tickers.length];
        for (double[][] field : fields) {
            for (double[] day : field) {
                Arrays.fill(day, Double.NaN);
            }
        }
    }

    Panels bar(String ticker, int session, double open, double high, double low, double close, double volume) {
        return bar(ticker, session, open, high, low, close, volume, close);
    }

    Panels bar(String ticker, int session, double open, double high, double low, double close, double volume, double closeadj) {
        int t = tickers.indexOf(ticker);
        double[] values = {open, high, low, close, volume, closeadj};
        for (int f = 0; f < values.length; f++) {
            fields[f][session][t] = values[f];
        }
        return this;
    }

    /** A bar at one price all day. */
    Panels flat(String ticker, int session, double price, double volume) {
        return bar(ticker, session, price, price, price, price, volume);
    }

    Panels closeadj(String ticker, int session, double closeadj) {
        fields[5][session][tickers.indexOf(ticker)] = closeadj;
        return this;
    }

    /** Removes the ticker's bars from {@code session} on. */
    Panels delist(String ticker, int session) {
        int t = tickers.indexOf(ticker);
        for (double[][] field : fields) {
            for (int s = session; s < dates.size(); s++) {
                field[s][t] = Double.NaN;
            }
        }
        return this;
    }

    PricePanel build() {
        return new PricePanel(dates, tickers, fields[0], fields[1], fields[2], fields[3], fields[4], fields[5]);
    }

    /**
     * The week of the replay tests. AAA: flat at 100, 102, 100 on 1,000,000 shares, then open 101, high 102, low 100,
     * close 101, then flat at 103 and 104. BBB: flat at 50 on 2,000,000 shares, then open 50, high 50.5, low 49.5,
     * close 50.5, then flat at 51 and 52. closeadj is the close.
     */
    static Panels week() {
        Panels week = new Panels(WEEK, "AAA", "BBB");
        double[] aaa = {100, 102, 100, 0, 103, 104};
        double[] bbb = {50, 50, 50, 0, 51, 52};
        for (int s = 0; s < WEEK.size(); s++) {
            if (s != 3) {
                week.flat("AAA", s, aaa[s], 1_000_000).flat("BBB", s, bbb[s], 2_000_000);
            }
        }
        return week.bar("AAA", 3, 101, 102, 100, 101, 1_000_000).bar("BBB", 3, 50, 50.5, 49.5, 50.5, 2_000_000);
    }
}
