package io.kairos.risk;

/**
 * At most {@code max_portfolio_positions} positions after the order, or the number of names of the
 * signed-off picks when that is larger. An order that does not add a name passes.
 */
final class PositionCountCheck implements PreTradeCheck {

    private final int maxPositions;

    PositionCountCheck(int maxPositions) {
        this.maxPositions = maxPositions;
    }

    @Override
    public String name() {
        return "position_count";
    }

    @Override
    public CheckResult evaluate(PreTradeInput input) {
        String symbol = input.order().symbol();
        long others = input.positions().stream()
                .filter(position -> !position.symbol().equals(symbol) && position.qty().signum() != 0).count();
        long before = others + (input.heldQty().signum() != 0 ? 1 : 0);
        long after = others + (input.qtyAfter().signum() != 0 ? 1 : 0);
        int limit = Math.max(maxPositions, input.plannedPositions());
        String measured = after + (after == 1 ? " position" : " positions") + " after the order";
        String limitText = "risk.max_portfolio_positions " + maxPositions
                + (input.plannedPositions() > maxPositions ? " raised to the picks' " + input.plannedPositions() : "");
        if (after > limit && after > before) {
            return CheckResult.reject(name(), measured + ", beyond " + limitText);
        }
        return CheckResult.pass(name(), measured + " (" + limitText + (after > before ? ")" : "; the order adds no name)"));
    }
}
