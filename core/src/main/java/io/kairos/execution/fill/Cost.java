package io.kairos.execution.fill;

import java.math.BigDecimal;

/**
 * One cost of a fill: dollars rounded to cents, and basis points of the fill's value at the reference price
 * (from the unrounded dollars).
 */
public record Cost(BigDecimal dollars, double bps) {

    public static final Cost NONE = new Cost(Money.dollars(0), 0);

    static Cost of(double dollars, double notional) {
        return notional > 0 ? new Cost(Money.dollars(dollars), dollars / notional * CostModel.BPS) : NONE;
    }

    Cost plus(Cost other) {
        return new Cost(dollars.add(other.dollars), bps + other.bps);
    }
}
