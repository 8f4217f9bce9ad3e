package io.kairos.execution;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The protective legs every buy of a rebalance may carry: a take-profit limit {@code takeProfit} above the decision
 * price and a stop {@code stopLoss} below it, as fractions (0.20 and 0.10: sell at +20%, stop at -10%). The broker
 * cancels the other leg when one fills. Prices go to the cent, or to 4 decimals below $1 (the broker's tick sizes).
 */
public record Bracket(BigDecimal takeProfit, BigDecimal stopLoss) {

    public static final Bracket NONE = new Bracket(BigDecimal.ZERO, BigDecimal.ZERO);

    public Bracket {
        if (takeProfit.signum() < 0 || stopLoss.signum() < 0 || stopLoss.compareTo(BigDecimal.ONE) >= 0
                || (takeProfit.signum() > 0) != (stopLoss.signum() > 0)) {
            throw new IllegalArgumentException("a bracket needs a take profit above 0 and a stop loss from 0 to 1, or neither: "
                    + takeProfit + ", " + stopLoss);
        }
    }

    public static Bracket of(double takeProfit, double stopLoss) {
        return new Bracket(BigDecimal.valueOf(takeProfit), BigDecimal.valueOf(stopLoss));
    }

    public boolean active() {
        return takeProfit.signum() > 0;
    }

    /** The take-profit limit price for a buy at {@code price}. */
    public BigDecimal takeProfitPrice(BigDecimal price) {
        return tick(price.multiply(BigDecimal.ONE.add(takeProfit)));
    }

    /** The stop price for a buy at {@code price}. */
    public BigDecimal stopLossPrice(BigDecimal price) {
        return tick(price.multiply(BigDecimal.ONE.subtract(stopLoss)));
    }

    private static BigDecimal tick(BigDecimal price) {
        return price.setScale(price.compareTo(BigDecimal.ONE) < 0 ? 4 : 2, RoundingMode.HALF_UP);
    }
}
