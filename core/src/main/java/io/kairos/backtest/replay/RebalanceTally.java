package io.kairos.backtest.replay;

import io.kairos.backtest.metrics.RebalanceRecord;
import java.time.LocalDate;

/**
 * What one rebalance's orders have traded so far, over every session they filled on. The traded value is at the
 * reference price (the open or close before costs), the value the fill model's basis points are of, so that the
 * metrics' average cost is in the same basis points.
 */
final class RebalanceTally {

    private final LocalDate date;
    private final double equityBefore;
    private double tradedValue;
    private long costCents;

    /** @param equityBefore the equity at the decision's close, before any of its trades */
    RebalanceTally(LocalDate date, double equityBefore) {
        this.date = date;
        this.equityBefore = equityBefore;
    }

    void add(double value, long costs) {
        tradedValue += value;
        costCents += costs;
    }

    /** One-sided turnover: traded value over twice the equity before trading. */
    RebalanceRecord record() {
        return new RebalanceRecord(date, tradedValue / (2 * equityBefore), tradedValue, costCents / 100.0);
    }
}
