package io.kairos.execution;

import io.kairos.KairosException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns target weights into orders: target value = weight * equity, target shares = floor(target value /
 * decision price) (to {@value #FRACTION_DIGITS} decimals where fractional shares are allowed for the asset),
 * order = target - current position. Positions the picks do not name are sold in full. Sells come first
 * (they free the cash the buys need), then buys, each by ticker. With a {@link Bracket}, each buy is a bracket order
 * (take-profit and stop-loss legs priced from its decision price) in whole shares, good till cancelled so that its
 * legs outlive the day (the broker takes brackets only with day or gtc).
 */
public final class OrderPlanner {

    static final int FRACTION_DIGITS = 6;

    private final TimeInForce timeInForce;
    private final boolean fractional;
    private final Bracket bracket;

    /**
     * @param timeInForce the orders' time in force (OPG for market-on-open, DAY for intraday)
     * @param fractional  whether fractional shares may be ordered where the broker allows them for the asset;
     *                    never with OPG or brackets, which take whole shares only
     * @param bracket     the legs of every buy, or {@link Bracket#NONE}
     */
    public OrderPlanner(TimeInForce timeInForce, boolean fractional, Bracket bracket) {
        this.timeInForce = timeInForce;
        this.fractional = fractional && timeInForce != TimeInForce.OPG && !bracket.active();
        this.bracket = bracket;
    }

    /**
     * @param weights        target weight by ticker
     * @param equity         the account's equity
     * @param positions      current quantity by symbol
     * @param decisionPrices the price each name is sized at, for every ticker of weights and positions
     * @param fractionable   the tickers the broker trades in fractions
     */
    public List<PlannedOrder> plan(LocalDate rebalanceDate, String fingerprint, Map<String, Double> weights, BigDecimal equity,
            Map<String, BigDecimal> positions, Map<String, BigDecimal> decisionPrices, java.util.Set<String> fractionable) {
        TreeSet<String> names = new TreeSet<>(weights.keySet());
        names.addAll(positions.keySet());
        List<PlannedOrder> orders = new ArrayList<>();
        for (String ticker : names) {
            double weight = weights.getOrDefault(ticker, 0.0);
            BigDecimal current = positions.getOrDefault(ticker, BigDecimal.ZERO);
            BigDecimal price = decisionPrices.get(ticker);
            if (price == null || price.signum() <= 0) {
                throw KairosException.failure("No decision price for " + ticker + ": its last close is missing from the store.");
            }
            int digits = fractional && fractionable.contains(ticker) ? FRACTION_DIGITS : 0;
            BigDecimal target = targetQty(equity, weight, price, digits);
            BigDecimal delta = target.subtract(current);
            if (delta.signum() == 0) {
                continue;
            }
            OrderSide side = delta.signum() > 0 ? OrderSide.BUY : OrderSide.SELL;
            String id = ClientOrderIds.of(rebalanceDate, ticker, side, fingerprint);
            OrderRequest request = side == OrderSide.BUY && bracket.active()
                    ? new OrderRequest(id, ticker, side, delta, OrderType.MARKET, TimeInForce.GTC, null, bracket.takeProfitPrice(price),
                            bracket.stopLossPrice(price))
                    : OrderRequest.market(id, ticker, side, delta.abs(), timeInForce);
            orders.add(new PlannedOrder(request, weight, target, current, price));
        }
        orders.sort(Comparator.comparing((PlannedOrder order) -> order.request().side() == OrderSide.BUY)
                .thenComparing(order -> order.request().symbol()));
        return orders;
    }

    /**
     * The shares {@code weight} of {@code equity} buys at {@code price}: floor(equity * weight / price) to {@code digits}
     * decimals (0 for whole shares). The backtest's replay sizes its orders with it too.
     */
    public static BigDecimal targetQty(BigDecimal equity, double weight, BigDecimal price, int digits) {
        return equity.multiply(BigDecimal.valueOf(weight)).divide(price, digits, RoundingMode.FLOOR);
    }

    /** Quantities by symbol from broker positions. */
    public static Map<String, BigDecimal> quantities(List<Position> positions) {
        Map<String, BigDecimal> quantities = new TreeMap<>();
        positions.forEach(position -> quantities.put(position.symbol(), position.qty()));
        return quantities;
    }
}
