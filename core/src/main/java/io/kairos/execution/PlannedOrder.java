package io.kairos.execution;

import java.math.BigDecimal;

/**
 * One order of a plan and why: the picks' weight of the name, its target and current quantity, and the
 * decision price the target was sized at (slippage is measured against it).
 */
public record PlannedOrder(OrderRequest request, double weight, BigDecimal targetQty, BigDecimal currentQty,
        BigDecimal decisionPrice) {

    public BigDecimal value() {
        return request.qty().multiply(decisionPrice);
    }
}
