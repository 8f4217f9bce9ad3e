package io.kairos.execution.fill;

import io.kairos.execution.OrderSide;
import java.math.BigDecimal;

/**
 * What one session filled of an order. The execution price is the reference price moved against the order by
 * half the spread and the impact; commission comes on top. When nothing filled, the execution price is the
 * reference price and every cost is zero.
 *
 * @param remainingQty what is left for later sessions
 */
public record Fill(OrderSide side, BigDecimal requestedQty, BigDecimal filledQty, BigDecimal remainingQty, BigDecimal referencePrice,
        BigDecimal executionPrice, Cost commission, Cost spread, Cost impact) {

    public boolean filledAny() {
        return filledQty.signum() > 0;
    }

    /** Commission, half spread and impact together. */
    public Cost total() {
        return commission.plus(spread).plus(impact);
    }

    /** The change in cash, to the cent: a buy pays its value and the commission, a sell receives its value less it. */
    public BigDecimal cashFlow() {
        BigDecimal value = Money.dollars(filledQty.multiply(executionPrice));
        return (side == OrderSide.BUY ? value.negate() : value).subtract(commission.dollars());
    }
}
