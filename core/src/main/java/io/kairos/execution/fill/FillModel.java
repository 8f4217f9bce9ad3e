package io.kairos.execution.fill;

import io.kairos.execution.OrderSide;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Fills an order on one session's bar under a {@link CostModel}: at most the participation cap of the day's
 * volume, at the reference price (open or close) moved against the order by half the spread and the square-root
 * impact. Plain inputs, plain outputs: the simulated broker and the backtest use the same model.
 */
public final class FillModel {

    /** Next open, {@link CostModel#DEFAULTS}. */
    public static final FillModel DEFAULTS = new FillModel(CostModel.DEFAULTS, ReferencePrice.OPEN);

    private final CostModel costs;
    private final ReferencePrice reference;

    public FillModel(CostModel costs, ReferencePrice reference) {
        if (costs == null || reference == null) {
            throw new IllegalArgumentException("a fill model needs a cost model and a reference price");
        }
        this.costs = costs;
        this.reference = reference;
    }

    public CostModel costs() {
        return costs;
    }

    public ReferencePrice reference() {
        return reference;
    }

    /**
     * Fills what the session allows of an order for {@code requestedQty} shares.
     *
     * @param bar             the fill session
     * @param dailyVolatility the standard deviation of daily returns known before the session (0.02 for 2%)
     * @param adv             average daily dollar volume known before the session; must be positive when
     *                        anything fills
     */
    public Fill fill(OrderSide side, BigDecimal requestedQty, Bar bar, double dailyVolatility, double adv) {
        if (requestedQty == null || requestedQty.signum() <= 0) {
            throw new IllegalArgumentException("the requested quantity must be positive, got " + requestedQty);
        }
        if (!(dailyVolatility >= 0) || !Double.isFinite(dailyVolatility)) {
            throw new IllegalArgumentException("the daily volatility must be finite and not negative, got " + dailyVolatility);
        }
        BigDecimal capacity = BigDecimal.valueOf(costs.participationCap()).multiply(BigDecimal.valueOf(bar.volume()))
                .setScale(0, RoundingMode.FLOOR);
        BigDecimal filled = requestedQty.min(capacity);
        double price = reference.of(bar);
        if (filled.signum() == 0) {
            return new Fill(side, requestedQty, filled, requestedQty, Money.price(price), Money.price(price), Cost.NONE, Cost.NONE,
                    Cost.NONE);
        }
        if (!(adv > 0) || !Double.isFinite(adv)) {
            throw new IllegalArgumentException("the average daily dollar volume must be positive to estimate the impact, got " + adv);
        }
        double shares = filled.doubleValue();
        double notional = shares * price;
        double halfSpread = costs.spread().fullSpread(bar) / 2;
        double impact = costs.impactCoefficient() * dailyVolatility * Math.sqrt(notional / adv);
        double adverse = side == OrderSide.BUY ? 1 : -1;
        double execution = price * (1 + adverse * (halfSpread + impact));
        return new Fill(side, requestedQty, filled, requestedQty.subtract(filled), Money.price(price), Money.price(execution),
                Cost.of(costs.commission().dollars(shares, notional), notional), Cost.of(halfSpread * notional, notional),
                Cost.of(impact * notional, notional));
    }

    /** A whole order filled at a given price (explicit fills, estimates): commission only, no spread or impact. */
    public Fill atPrice(OrderSide side, BigDecimal qty, BigDecimal price) {
        if (qty == null || qty.signum() <= 0 || price == null || price.signum() <= 0) {
            throw new IllegalArgumentException("a fill at a given price needs a positive quantity and price, got " + qty + " at "
                    + price);
        }
        double notional = qty.doubleValue() * price.doubleValue();
        return new Fill(side, qty, qty, BigDecimal.ZERO, Money.price(price), Money.price(price),
                Cost.of(costs.commission().dollars(qty.doubleValue(), notional), notional), Cost.NONE, Cost.NONE);
    }
}
