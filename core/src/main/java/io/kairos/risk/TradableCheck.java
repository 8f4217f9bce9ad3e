package io.kairos.risk;

import io.kairos.execution.Asset;
import java.math.BigDecimal;

/** The broker knows the symbol, trades it, and trades it in fractions when the order is for a fraction. */
final class TradableCheck implements PreTradeCheck {

    @Override
    public String name() {
        return "tradable";
    }

    @Override
    public CheckResult evaluate(PreTradeInput input) {
        String symbol = input.order().symbol();
        if (input.asset().isEmpty()) {
            return CheckResult.reject(name(), "the broker does not know " + symbol);
        }
        Asset asset = input.asset().get();
        if (!asset.tradable()) {
            return CheckResult.reject(name(), symbol + " is not tradable at the broker");
        }
        BigDecimal qty = input.order().qty();
        if (!asset.fractionable() && qty.stripTrailingZeros().scale() > 0) {
            return CheckResult.reject(name(), symbol + " is not fractionable at the broker and the order is for "
                    + RiskFigures.shares(qty) + " shares");
        }
        return CheckResult.pass(name(), symbol + " tradable on " + asset.exchange());
    }
}
