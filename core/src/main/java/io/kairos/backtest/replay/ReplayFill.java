package io.kairos.backtest.replay;

import io.kairos.execution.OrderSide;
import io.kairos.execution.fill.Fill;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One trade of a replay on one session: a fill of a rebalance's order through the fill model, or the closing of a
 * delisted holding at its last close without costs. Money as the fill model rounds it: prices to 4 decimals, dollars
 * to cents.
 *
 * @param referencePrice the session's open or close, before costs
 * @param price          what the shares traded at: the reference moved against the order by half the spread and the
 *                       impact
 * @param cashFlow       the change in cash: negative for a buy, commission included
 */
public record ReplayFill(LocalDate date, String ticker, Cause cause, OrderSide side, long qty, BigDecimal referencePrice,
        BigDecimal price, BigDecimal commission, BigDecimal spread, BigDecimal impact, BigDecimal cashFlow) {

    /** Why a replay traded. */
    public enum Cause {
        /** An order of a rebalance, filled through the fill model. */
        REBALANCE,
        /** A holding whose ticker has no more bars, closed at its last close. */
        DELISTED
    }

    static ReplayFill of(LocalDate date, String ticker, Fill fill) {
        return new ReplayFill(date, ticker, Cause.REBALANCE, fill.side(), fill.filledQty().longValueExact(), fill.referencePrice(),
                fill.executionPrice(), fill.commission().dollars(), fill.spread().dollars(), fill.impact().dollars(), fill.cashFlow());
    }

    /** Commission, half spread and impact together, in dollars. */
    public BigDecimal costs() {
        return commission.add(spread).add(impact);
    }
}
