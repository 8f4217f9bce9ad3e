package io.kairos.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrderPlannerTest {

    private static final LocalDate DATE = LocalDate.of(2026, 10, 30);
    private static final BigDecimal EQUITY = new BigDecimal("100000.00");

    private static Map<String, Double> weights() {
        Map<String, Double> weights = new LinkedHashMap<>();
        weights.put("AAA", 0.30);
        weights.put("BBB", 0.25);
        weights.put("CCC", 0.0);
        return weights;
    }

    @Test
    void sharesAreTheFlooredTargetValueOverThePriceLessThePositionSellsFirst() {
        // AAA: 30,000 / 123.45 = 243.01 -> 243, hold 100: buy 143. BBB: 25,000 / 50 = 500, hold 600: sell 100.
        // CCC: weight 0, hold 10: sell 10. DDD: not in the picks, hold 5: sell 5.
        Map<String, BigDecimal> positions = Map.of("BBB", new BigDecimal("600"), "CCC", new BigDecimal("10"), "DDD",
                new BigDecimal("5"));
        Map<String, BigDecimal> prices = Map.of("AAA", new BigDecimal("123.45"), "BBB", new BigDecimal("50"), "CCC",
                new BigDecimal("10"), "DDD", new BigDecimal("20"));
        List<PlannedOrder> plan = new OrderPlanner(TimeInForce.OPG, true, Bracket.NONE).plan(DATE, "0123456789", weights(), EQUITY,
                new LinkedHashMap<>(Map.of("AAA", new BigDecimal("100"), "BBB", positions.get("BBB"), "CCC", positions.get("CCC"),
                        "DDD", positions.get("DDD"))), prices, Set.of("AAA"));
        assertEquals(List.of("sell BBB 100", "sell CCC 10", "sell DDD 5", "buy AAA 143"), plan.stream()
                .map(order -> order.request().side().wire() + " " + order.request().symbol() + " " + order.request().qty()
                        .toPlainString()).toList());
        assertEquals("k-20261030-AAA-b-0123456789", plan.get(3).request().clientOrderId());
        assertEquals(TimeInForce.OPG, plan.get(3).request().timeInForce(), "market-on-open takes whole shares only");
    }

    @Test
    void fractionalSharesOnlyWhereAllowedAndNotOnTheOpen() {
        Map<String, BigDecimal> prices = Map.of("AAA", new BigDecimal("123.45"), "BBB", new BigDecimal("50"), "CCC",
                new BigDecimal("10"));
        List<PlannedOrder> plan = new OrderPlanner(TimeInForce.DAY, true, Bracket.NONE).plan(DATE, "0123456789", weights(), EQUITY, Map.of(),
                prices, Set.of("AAA"));
        // 30,000 / 123.45 = 243.013365... floored to 6 decimals
        assertEquals(new BigDecimal("243.013365"), plan.get(0).request().qty());
        assertEquals(new BigDecimal("500"), plan.get(1).request().qty());
    }

    @Test
    void withABracketEachBuyCarriesItsLegsInWholeSharesGoodTillCancelled() {
        Map<String, BigDecimal> prices = Map.of("AAA", new BigDecimal("123.45"), "BBB", new BigDecimal("50"), "CCC",
                new BigDecimal("0.87"));
        List<PlannedOrder> plan = new OrderPlanner(TimeInForce.OPG, true, Bracket.of(0.20, 0.10)).plan(DATE, "0123456789",
                weights(), EQUITY, Map.of("CCC", new BigDecimal("10")), prices, Set.of("AAA"));
        OrderRequest sell = plan.get(0).request();
        assertEquals("sell CCC 10 OPG false", sell.side().wire() + " " + sell.symbol() + " " + sell.qty() + " " + sell.timeInForce()
                + " " + sell.bracket(), "sells carry no legs and keep the account's time in force");
        OrderRequest aaa = plan.get(1).request();
        // 30,000 / 123.45 = 243.01 -> 243 whole shares although AAA is fractionable; 123.45 * 1.2 = 148.14, * 0.9 = 111.105
        assertEquals(new BigDecimal("243"), aaa.qty());
        assertEquals(TimeInForce.GTC, aaa.timeInForce());
        assertEquals(new BigDecimal("148.14"), aaa.takeProfit());
        assertEquals(new BigDecimal("111.11"), aaa.stopLoss());
        assertEquals(new BigDecimal("60.00"), plan.get(2).request().takeProfit());
        assertEquals(new BigDecimal("45.00"), plan.get(2).request().stopLoss());
    }

    @Test
    void clientOrderIdsAreDeterministicAndShort() {
        String fingerprint = ClientOrderIds.fingerprint(ClientOrderIds.utf8("ticker,weight\nAAA,0.5\n"));
        assertEquals(10, fingerprint.length());
        assertEquals(ClientOrderIds.of(DATE, "AAA", OrderSide.BUY, fingerprint), ClientOrderIds.of(DATE, "AAA", OrderSide.BUY,
                ClientOrderIds.fingerprint(ClientOrderIds.utf8("ticker,weight\nAAA,0.5\n"))));
        String longest = ClientOrderIds.of(DATE, "A".repeat(60), OrderSide.SELL, fingerprint);
        assertTrue(longest.length() <= 48, longest);
    }

    @Test
    void theLifecycleMovesForwardOnly() {
        assertTrue(OrderTransitions.legal(OrderStatus.ACCEPTED, OrderStatus.NEW));
        assertTrue(OrderTransitions.legal(OrderStatus.NEW, OrderStatus.PARTIALLY_FILLED));
        assertTrue(OrderTransitions.legal(OrderStatus.PARTIALLY_FILLED, OrderStatus.FILLED));
        assertTrue(OrderTransitions.legal(OrderStatus.PARTIALLY_FILLED, OrderStatus.EXPIRED));
        assertTrue(OrderTransitions.legal(OrderStatus.FILLED, OrderStatus.FILLED));
        assertEquals(false, OrderTransitions.legal(OrderStatus.FILLED, OrderStatus.NEW));
        assertEquals(false, OrderTransitions.legal(OrderStatus.CANCELED, OrderStatus.FILLED));
        assertEquals(false, OrderTransitions.legal(OrderStatus.PARTIALLY_FILLED, OrderStatus.ACCEPTED));
        assertEquals(false, OrderTransitions.legal(OrderStatus.PARTIALLY_FILLED, OrderStatus.REJECTED));
    }
}
