package io.kairos.research.smallaccount;

import java.util.List;

/**
 * What a small-account run did: closed trades in the order they ended, one equity point per session, the drawdown
 * ladder's events and the orders that were not filled, each with its reason.
 */
public record SmallAccountResult(List<Trade> trades, List<EquityPoint> equity, List<RiskEvent> events, List<SkippedOrder> skipped) {

    public SmallAccountResult {
        trades = List.copyOf(trades);
        equity = List.copyOf(equity);
        events = List.copyOf(events);
        skipped = List.copyOf(skipped);
    }
}
