package io.kairos.backtest.replay;

import io.kairos.execution.OrderSide;

/**
 * The replay's account: cash in cents (every fill's cash flow and every dividend credit is to the cent, so it adds
 * up exactly), whole shares by ticker, and the names held as a compact list kept in ticker order, which the daily
 * loops walk over with primitives only.
 */
final class Book {

    /**
     * A dividend below this fraction of the previous close is taken as 0: the closeadj ratio carries rounding noise,
     * and a negative "dividend" is never one.
     */
    static final double DIVIDEND_TOLERANCE = 1e-6;

    private final PricePanel panel;
    private final RoundTrips trips;
    private long cashCents;
    private final long[] qty;
    /** The latest close and closeadj of each held name: what it is marked at, and the base of its next dividend. */
    private final double[] mark;
    private final double[] markAdjusted;
    private final int[] held;
    private int count;

    Book(PricePanel panel, RoundTrips trips, long initialCents) {
        this.panel = panel;
        this.trips = trips;
        this.cashCents = initialCents;
        this.qty = new long[panel.tickers()];
        this.mark = new double[panel.tickers()];
        this.markAdjusted = new double[panel.tickers()];
        this.held = new int[panel.tickers()];
    }

    long cashCents() {
        return cashCents;
    }

    double cash() {
        return cashCents / 100.0;
    }

    long qty(int ticker) {
        return qty[ticker];
    }

    /** The number of names held. */
    int holdings() {
        return count;
    }

    /** The {@code i}-th name held, in ticker order. */
    int held(int i) {
        return held[i];
    }

    /** The price a held name is marked at: its latest close. */
    double mark(int ticker) {
        return mark[ticker];
    }

    /** Books a trade of {@code shares} (positive) and its cash flow; opens or closes the ticker's round trip. */
    void trade(int session, int ticker, OrderSide side, long shares, long cashFlowCents) {
        long before = qty[ticker];
        long after = side == OrderSide.BUY ? before + shares : before - shares;
        if (after < 0) {
            throw new IllegalStateException("selling " + shares + " " + panel.ticker(ticker) + " with " + before + " held");
        }
        if (before == 0) {
            trips.open(ticker, session);
            insert(ticker);
        }
        qty[ticker] = after;
        cashCents += cashFlowCents;
        trips.cash(ticker, cashFlowCents);
        if (after == 0) {
            trips.close(ticker, session);
            remove(ticker);
        }
    }

    /**
     * Credits the dividends of the names held at the previous close that go ex on {@code session}: per share
     * D = previous close * closeadj / previous closeadj - close, the closeadj ratio being the total return and the
     * close ratio the price return (prices are split-adjusted, so a split gives no D). Credited to the cent, half up.
     */
    void creditDividends(int session) {
        double[] closes = panel.closes(session);
        double[] adjusted = panel.closeadjs(session);
        for (int i = 0; i < count; i++) {
            int t = held[i];
            double close = closes[t];
            double perShare = mark[t] * adjusted[t] / markAdjusted[t] - close;
            // NaN (no bar today, or no closeadj) fails the comparison
            if (perShare > DIVIDEND_TOLERANCE * mark[t]) {
                long credit = Math.round(qty[t] * perShare * 100);
                cashCents += credit;
                trips.cash(t, credit);
            }
        }
    }

    /**
     * Marks every name held at the session's close (its latest close when it has no bar), logs the holdings, and
     * returns their value.
     */
    double markToMarket(int session, PositionLog log) {
        double[] closes = panel.closes(session);
        double[] adjusted = panel.closeadjs(session);
        double value = 0;
        for (int i = 0; i < count; i++) {
            int t = held[i];
            double close = closes[t];
            if (close == close) {
                mark[t] = close;
                markAdjusted[t] = adjusted[t];
            }
            value += qty[t] * mark[t];
            log.add(session, t, qty[t], mark[t]);
        }
        return value;
    }

    private void insert(int ticker) {
        int at = count;
        while (at > 0 && held[at - 1] > ticker) {
            held[at] = held[at - 1];
            at--;
        }
        held[at] = ticker;
        count++;
    }

    private void remove(int ticker) {
        int at = 0;
        while (held[at] != ticker) {
            at++;
        }
        System.arraycopy(held, at + 1, held, at, count - at - 1);
        count--;
    }
}
