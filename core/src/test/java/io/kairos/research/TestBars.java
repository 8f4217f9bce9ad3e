package io.kairos.research;

import java.time.LocalDate;

/** Hand-made bars for tests: one per calendar day from 2024-01-01. */
public final class TestBars {

    public static final LocalDate DAY_0 = LocalDate.of(2024, 1, 1);

    private TestBars() {
    }

    /** Bars with these opens and closes; high and low are the larger and smaller of the two. */
    public static Bars of(double[] open, double[] close) {
        double[] high = new double[close.length];
        double[] low = new double[close.length];
        for (int i = 0; i < close.length; i++) {
            high[i] = Math.max(open[i], close[i]);
            low[i] = Math.min(open[i], close[i]);
        }
        return of(open, high, low, close);
    }

    public static Bars of(double[] open, double[] high, double[] low, double[] close) {
        LocalDate[] dates = new LocalDate[close.length];
        for (int i = 0; i < dates.length; i++) {
            dates[i] = DAY_0.plusDays(i);
        }
        return new Bars("TEST", dates, open, high, low, close, new double[close.length]);
    }

    /** Bars whose opens equal their closes. */
    public static Bars closes(double... close) {
        return of(close.clone(), close);
    }
}
