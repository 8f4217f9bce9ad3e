package io.kairos.backtest.replay;

import io.kairos.execution.OrderSide;

/** What is left of one order of a rebalance: it fills session by session until nothing remains or the next rebalance. */
final class OpenOrder {

    final int ticker;
    final OrderSide side;
    long remaining;

    OpenOrder(int ticker, OrderSide side, long remaining) {
        this.ticker = ticker;
        this.side = side;
        this.remaining = remaining;
    }
}
