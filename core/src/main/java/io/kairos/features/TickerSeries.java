package io.kairos.features;

/**
 * The recent daily inputs of one ticker, newest first, as far back as any feature looks, and the
 * current row's index in the ticker's whole history. Prices that are not positive and finite, and
 * negative volumes, are kept as NaN, so every feature that reads them is NULL rather than made up.
 */
final class TickerSeries {

    /** Rows any feature reads behind the current one (the longest window minus one). */
    static final int LOOKBACK = 252;
    /**
     * Rows of history a run must read before the first row it writes so that every value comes out
     * as in a full build: the lookback, and the rows since a {@link WindowSum}'s last recomputation.
     */
    static final int HISTORY = LOOKBACK + WindowSum.SYNC - 1;
    private static final int CLOSE_LOOKBACK = 1;
    private static final int VOLUME_LOOKBACK = 120;

    final Ring closeadj = new Ring(LOOKBACK);
    final Ring close = new Ring(CLOSE_LOOKBACK);
    final Ring high = new Ring(LOOKBACK);
    final Ring low = new Ring(LOOKBACK);
    final Ring volume = new Ring(VOLUME_LOOKBACK);
    /** R: closeadj_t / closeadj_(t-1) - 1. */
    final Ring simpleReturn = new Ring(LOOKBACK);
    /** r: ln(closeadj_t / closeadj_(t-1)). */
    final Ring logReturn = new Ring(LOOKBACK);
    /** M: the market's return on the row's date. */
    final Ring market = new Ring(LOOKBACK);

    /** ln(high / low) of the current row. */
    double logRange;
    /** ln(close / open) of the current row. */
    double logBody;
    /** The index of the current row among all the ticker's rows (0: its first row ever). */
    long position;

    /** Series for a ticker with {@code earlierRows} stored rows before the first one pushed. */
    TickerSeries(long earlierRows) {
        position = earlierRows - 1;
    }

    /** Takes in row {@code row} of {@code day}, whose market return is {@code marketReturn}. */
    void push(PriceDay day, int row, double marketReturn) {
        position++;
        double previous = closeadj.get(0);
        double o = price(day.open[row]);
        double h = price(day.high[row]);
        double l = price(day.low[row]);
        double c = price(day.close[row]);
        double ca = price(day.closeadj[row]);
        double shares = day.volume[row];
        closeadj.push(ca);
        close.push(c);
        high.push(h);
        low.push(l);
        volume.push(shares >= 0 ? shares : Double.NaN);
        simpleReturn.push(simpleReturn(previous, ca));
        logReturn.push(Math.log(ca / previous));
        logRange = Math.log(h / l);
        logBody = Math.log(c / o);
        market.push(marketReturn);
    }

    /** A price as the features use it: NaN unless positive and finite. */
    static double price(double value) {
        return value > 0 && value < Double.POSITIVE_INFINITY ? value : Double.NaN;
    }

    /** R from the previous and current (cleaned) closeadj. */
    static double simpleReturn(double previous, double current) {
        return current / previous - 1;
    }
}
