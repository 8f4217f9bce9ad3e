package io.kairos.research.smallaccount;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Hand-made price paths on the weekdays from Monday 2026-11-02 (session 0) on: 11-02, 11-03, 11-04, 11-05, 11-06,
 * 11-09, 11-10, 11-11, ...
 */
final class Paths {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

    private Paths() {
    }

    /** The date of session {@code s}. */
    static LocalDate session(int s) {
        LocalDate date = MONDAY;
        for (int i = 0; i < s; i++) {
            date = date.plusDays(date.getDayOfWeek().getValue() == 5 ? 3 : 1);
        }
        return date;
    }

    /** A quiet bar around {@code close}: open and close at it, high and low 0.1 either side. */
    static double[] flat(double close) {
        return new double[] {close, close + 0.1, close - 0.1, close};
    }

    /** A bar: open, high, low, close. */
    static double[] bar(double open, double high, double low, double close) {
        return new double[] {open, high, low, close};
    }

    /** {@code bars} (each open, high, low, close) from session 0 on, then quiet bars at the last close up to {@code sessions}. */
    static PricePath path(String symbol, int sessions, double[]... bars) {
        List<double[]> all = new ArrayList<>(List.of(bars));
        while (all.size() < sessions) {
            all.add(flat(all.get(all.size() - 1)[3]));
        }
        LocalDate[] dates = new LocalDate[sessions];
        double[] open = new double[sessions];
        double[] high = new double[sessions];
        double[] low = new double[sessions];
        double[] close = new double[sessions];
        for (int s = 0; s < sessions; s++) {
            dates[s] = session(s);
            open[s] = all.get(s)[0];
            high[s] = all.get(s)[1];
            low[s] = all.get(s)[2];
            close[s] = all.get(s)[3];
        }
        return new PricePath(symbol, dates, open, high, low, close);
    }

    /** Signals on the closes of {@code at}. */
    static boolean[] signals(int sessions, int... at) {
        boolean[] signals = new boolean[sessions];
        for (int s : at) {
            signals[s] = true;
        }
        return signals;
    }
}
