package io.kairos.risk;

import io.kairos.execution.OrderSide;
import io.kairos.execution.OrderType;
import java.math.BigDecimal;

/** A buy costs at most the buying power: quantity times the limit price, or the reference price for a market order. */
final class BuyingPowerCheck implements PreTradeCheck {

    @Override
    public String name() {
        return "buying_power";
    }

    @Override
    public CheckResult evaluate(PreTradeInput input) {
        if (input.order().side() == OrderSide.SELL) {
            return CheckResult.pass(name(), "a sell needs no buying power");
        }
        BigDecimal price = input.order().type() == OrderType.LIMIT ? input.order().limitPrice() : input.referencePrice();
        BigDecimal cost = input.order().qty().multiply(price);
        BigDecimal buyingPower = input.account().buyingPower();
        String measured = "the order costs " + RiskFigures.money(cost);
        return cost.compareTo(buyingPower) > 0
                ? CheckResult.reject(name(), measured + ", more than the buying power " + RiskFigures.money(buyingPower))
                : CheckResult.pass(name(), measured + " of the buying power " + RiskFigures.money(buyingPower));
    }
}
