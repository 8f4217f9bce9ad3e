package io.kairos.risk;

import java.math.BigDecimal;

/**
 * One position is at most {@code max_position_pct} of equity after the order, valued at the reference price.
 * An order that shrinks the position passes, so that a position grown beyond the limit can be cut.
 */
final class PositionSizeCheck implements PreTradeCheck {

    private final BigDecimal maxPct;

    PositionSizeCheck(BigDecimal maxPct) {
        this.maxPct = maxPct;
    }

    @Override
    public String name() {
        return "position_size";
    }

    @Override
    public CheckResult evaluate(PreTradeInput input) {
        String symbol = input.order().symbol();
        if (!input.grows()) {
            return CheckResult.pass(name(), "the order shrinks " + symbol + " (" + RiskFigures.shares(input.heldQty()) + " to "
                    + RiskFigures.shares(input.qtyAfter()) + " shares)");
        }
        BigDecimal equity = input.account().equity();
        if (equity.signum() <= 0) {
            return CheckResult.reject(name(), "equity " + equity.toPlainString() + " is not positive");
        }
        BigDecimal value = input.valueAfter();
        String measured = symbol + " would be " + RiskFigures.money(value) + " after the order, " + RiskFigures.percentOf(value, equity)
                + " of equity " + RiskFigures.money(equity);
        return value.compareTo(equity.multiply(maxPct)) > 0
                ? CheckResult.reject(name(), measured + ", beyond risk.max_position_pct " + RiskFigures.limit(maxPct))
                : CheckResult.pass(name(), measured + " (at most " + RiskFigures.limit(maxPct) + ")");
    }
}
