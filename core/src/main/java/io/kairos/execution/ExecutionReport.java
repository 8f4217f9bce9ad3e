package io.kairos.execution;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * How an execution went (report.json): fill and rejection rates, slippage against the decision price,
 * latency from submission to acknowledgement, and whether the positions now match the picks.
 *
 * @param fillRate      filled quantity over ordered quantity, over the orders the broker took
 * @param rejectionRate refused orders over the orders sent or adopted
 * @param slippageBps   quantity-weighted, adverse positive: (fill - decision) / decision for buys, the
 *                      opposite for sells, in basis points; null without fills
 * @param latencyMillis median (the middle one, the upper of two) and largest time from a submission to the
 *                      broker's answer, refusals included; null without submissions
 * @param deviations    names whose weight at the decision price differs from the picks by more than the tolerance
 */
public record ExecutionReport(int orders, int adopted, int filled, int working, int rejected, double fillRate, double rejectionRate,
        Double slippageBps, List<Long> latencyMillis, double tolerance, List<Deviation> deviations) {

    /** A name off its target: weights as fractions of equity, valued at the decision price. */
    public record Deviation(String ticker, double target, double actual) {
    }

    public boolean matches() {
        return deviations.isEmpty();
    }

    /**
     * @param positions the broker's quantities after the run
     * @param equity    the account's equity the orders were sized from
     */
    public static ExecutionReport of(List<PlannedOrder> plan, List<TrackedOrder> tracked, Map<String, Double> weights,
            Map<String, BigDecimal> positions, Map<String, BigDecimal> decisionPrices, BigDecimal equity, double tolerance) {
        BigDecimal ordered = BigDecimal.ZERO;
        BigDecimal filledQty = BigDecimal.ZERO;
        BigDecimal slippageWeighted = BigDecimal.ZERO;
        int filled = 0;
        int working = 0;
        int rejected = 0;
        int adopted = 0;
        List<Long> latencies = new ArrayList<>();
        for (TrackedOrder order : tracked) {
            adopted += order.adopted() ? 1 : 0;
            if (order.sentAt() != null && order.acknowledged() != null) {
                latencies.add(Duration.between(order.sentAt(), order.acknowledged()).toMillis());
            }
            if (order.status() == OrderStatus.REJECTED) {
                rejected++;
                continue;
            }
            filled += order.status() == OrderStatus.FILLED ? 1 : 0;
            working += order.status().terminal() ? 0 : 1;
            ordered = ordered.add(order.request().qty());
            filledQty = filledQty.add(order.filledQty());
            BigDecimal price = order.broker() == null ? null : order.broker().filledAvgPrice();
            BigDecimal decision = decisionPrices.get(order.request().symbol());
            if (price != null && order.filledQty().signum() > 0 && decision != null) {
                BigDecimal adverse = price.subtract(decision).divide(decision, MathContext.DECIMAL64);
                if (order.request().side() == OrderSide.SELL) {
                    adverse = adverse.negate();
                }
                slippageWeighted = slippageWeighted.add(adverse.multiply(order.filledQty()));
            }
        }
        Double slippage = filledQty.signum() == 0 ? null
                : slippageWeighted.divide(filledQty, MathContext.DECIMAL64).doubleValue() * 10_000;
        latencies.sort(null);
        List<Long> latency = latencies.isEmpty() ? null : List.of(latencies.get(latencies.size() / 2), latencies.get(latencies.size() - 1));
        int sent = tracked.size();
        return new ExecutionReport(plan.size(), adopted, filled, working, rejected,
                ordered.signum() == 0 ? 1.0 : filledQty.divide(ordered, MathContext.DECIMAL64).doubleValue(),
                sent == 0 ? 0.0 : (double) rejected / sent, slippage, latency, tolerance,
                deviations(weights, positions, decisionPrices, equity, tolerance));
    }

    private static List<Deviation> deviations(Map<String, Double> weights, Map<String, BigDecimal> positions,
            Map<String, BigDecimal> decisionPrices, BigDecimal equity, double tolerance) {
        TreeSet<String> names = new TreeSet<>(weights.keySet());
        names.addAll(positions.keySet());
        List<Deviation> deviations = new ArrayList<>();
        for (String ticker : names) {
            double target = weights.getOrDefault(ticker, 0.0);
            BigDecimal qty = positions.getOrDefault(ticker, BigDecimal.ZERO);
            BigDecimal price = decisionPrices.getOrDefault(ticker, BigDecimal.ZERO);
            double actual = qty.multiply(price).divide(equity, MathContext.DECIMAL64).doubleValue();
            if (Math.abs(actual - target) > tolerance) {
                deviations.add(new Deviation(ticker, target, actual));
            }
        }
        return List.copyOf(deviations);
    }
}
