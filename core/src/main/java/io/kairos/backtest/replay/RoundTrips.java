package io.kairos.backtest.replay;

import io.kairos.backtest.metrics.ClosedTrade;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Each ticker's position from the fill that opens it (from 0 shares) to the one that brings it back to 0: one
 * closed trade. Buys and sells in between, partial reductions included, belong to the same trade, and its pnl is the
 * net cash of all of them plus the dividends received: sell proceeds less purchases, every cost included. Over a
 * trip that starts and ends flat this is what FIFO and average-cost accounting both give, so no lots are matched.
 */
final class RoundTrips {

    private final PricePanel panel;
    /** The session each open trade started on, {@link PricePanel#NONE} when the ticker is flat. */
    private final int[] entry;
    private final long[] cents;
    private final List<ClosedTrade> closed = new ArrayList<>();

    RoundTrips(PricePanel panel) {
        this.panel = panel;
        this.entry = new int[panel.tickers()];
        this.cents = new long[panel.tickers()];
        Arrays.fill(entry, PricePanel.NONE);
    }

    void open(int ticker, int session) {
        entry[ticker] = session;
        cents[ticker] = 0;
    }

    /** Cash the trade paid (negative) or received (positive), in cents. */
    void cash(int ticker, long amountCents) {
        cents[ticker] += amountCents;
    }

    void close(int ticker, int session) {
        closed.add(new ClosedTrade(panel.ticker(ticker), panel.date(entry[ticker]), panel.date(session), session - entry[ticker],
                cents[ticker] / 100.0));
        entry[ticker] = PricePanel.NONE;
    }

    /** The closed trades in the order they closed: by session; within one, as the replay traded (delistings, sells). */
    List<ClosedTrade> closed() {
        return List.copyOf(closed);
    }
}
