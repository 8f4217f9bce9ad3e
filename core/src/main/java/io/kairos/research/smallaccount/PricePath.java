package io.kairos.research.smallaccount;

import java.time.LocalDate;

/**
 * One symbol's daily bars, oldest first, as the small-account simulator reads them. The arrays are used as given, not
 * copied: do not change them during a run.
 */
public record PricePath(String symbol, LocalDate[] dates, double[] open, double[] high, double[] low, double[] close) {

    public PricePath {
        int n = dates.length;
        if (open.length != n || high.length != n || low.length != n || close.length != n) {
            throw new IllegalArgumentException(symbol + ": dates, open, high, low and close must have the same length (" + n + ")");
        }
        for (int i = 0; i < n; i++) {
            if (i > 0 && !dates[i].isAfter(dates[i - 1])) {
                throw new IllegalArgumentException(symbol + ": dates must increase, but " + dates[i] + " follows " + dates[i - 1]);
            }
            if (!(low[i] > 0 && low[i] <= Math.min(open[i], close[i]) && high[i] >= Math.max(open[i], close[i]))) {
                throw new IllegalArgumentException(symbol + " on " + dates[i] + ": a bar needs 0 < low <= open, close <= high"
                        + " (open " + open[i] + ", high " + high[i] + ", low " + low[i] + ", close " + close[i] + ")");
            }
        }
    }

    public int length() {
        return dates.length;
    }
}
