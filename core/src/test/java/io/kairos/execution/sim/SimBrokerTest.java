package io.kairos.execution.sim;

import static io.kairos.execution.sim.SimStore.AFTER;
import static io.kairos.execution.sim.SimStore.DAY;
import static io.kairos.execution.sim.SimStore.NEXT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.KairosException;
import io.kairos.execution.Account;
import io.kairos.execution.BrokerException;
import io.kairos.execution.BrokerOrder;
import io.kairos.execution.MarketClock;
import io.kairos.execution.OrderRequest;
import io.kairos.execution.OrderSide;
import io.kairos.execution.OrderStatus;
import io.kairos.execution.Position;
import io.kairos.execution.TimeInForce;
import io.kairos.testsupport.StoreSql;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimBrokerTest {

    @TempDir
    Path folder;

    private SimStore sim;

    @BeforeEach
    void store() {
        sim = new SimStore(folder);
        sim.history("AAA");
    }

    @AfterEach
    void close() {
        sim.close();
    }

    @Test
    void aMarketBuyFillsAtTheNextOpenWithItsCosts() {
        SimBroker broker = sim.broker(DAY);
        BrokerOrder accepted = broker.submit(buy("b1", "AAA", 1010));
        assertEquals(OrderStatus.ACCEPTED, accepted.status());
        assertEquals(Instant.parse("2026-03-05T21:00:00Z"), accepted.submittedAt());
        // Open 100, range 2: half spread 5% * 2 / 100 / 2 = 0.0005. $101,000 is 1% of the 10.1M ADV: impact
        // 0.1 * 0.0203171 * sqrt(0.01) = 0.000203171. Price 100 * 1.000703171 = 100.0703.
        sim.bar("AAA", NEXT, 100, 101, 99, 100, 1_000_000);
        broker.settle(NEXT);

        BrokerOrder filled = broker.orderByClientId("b1").orElseThrow();
        assertEquals(OrderStatus.FILLED, filled.status());
        assertAmount("1010", filled.filledQty());
        assertAmount("100.0703", filled.filledAvgPrice());
        assertEquals(Instant.parse("2026-03-06T14:30:00Z"), filled.filledAt());
        // 1010 * 0.005 = 5.05 commission; spread 101,000 * 0.0005 = 50.50; impact 101,000 * 0.000203171 = 20.52
        assertEquals(List.of(List.of(filled.id(), new BigDecimal("5.05"),
                new BigDecimal("50.50"), new BigDecimal("20.52"))), StoreSql.rows(sim.store,
                        "SELECT order_id, commission, spread_cost, impact_cost FROM sim_fills"));
        // 200,000 - 1010 * 100.0703 (101,071.00) - 5.05
        Account account = broker.account();
        assertAmount("98923.95", account.cash());
        // positions at the close of 100: 98,923.95 + 101,000; before the fill, all cash
        assertAmount("199923.95", account.equity());
        assertAmount("200000", account.lastEquity());
        Position position = broker.positions().get(0);
        assertEquals("AAA", position.symbol());
        assertAmount("1010", position.qty());
        assertAmount("100.0703", position.avgEntryPrice());
        assertAmount("101000", position.marketValue());
    }

    @Test
    void equityIsCashPlusPositionsAtTheCloseAndLastEquityThePreviousClose() {
        SimBroker broker = sim.broker(DAY);
        broker.submit(buy("b1", "AAA", 1010));
        sim.bar("AAA", NEXT, 100, 101, 99, 100, 1_000_000);
        sim.bar("AAA", AFTER, 104, 106, 103, 105, 1_000_000);
        broker.settle(AFTER);
        Account account = broker.account();
        // cash as above; 1010 shares at Monday's close of 105, and at Friday's close of 100
        assertAmount("98923.95", account.cash());
        assertAmount("204973.95", account.equity());
        assertAmount("199923.95", account.lastEquity());
        assertAmount("98923.95", account.buyingPower());
    }

    @Test
    void aSecondOrderWithTheSameClientOrderIdIsADuplicate() {
        SimBroker broker = sim.broker(DAY);
        BrokerOrder first = broker.submit(buy("same", "AAA", 10));
        BrokerException duplicate = assertThrows(BrokerException.class, () -> broker.submit(buy("same", "AAA", 20)));
        assertEquals(BrokerException.Kind.DUPLICATE, duplicate.brokerKind());
        assertEquals(first, broker.orderByClientId("same").orElseThrow());
        assertAmount("10", broker.orderByClientId("same").orElseThrow().qty());
        assertEquals(1, broker.orders(false).size());
    }

    @Test
    void aBuyBeyondBuyingPowerAndASellBeyondTheHoldingAreRefused() {
        SimBroker broker = sim.broker(DAY);
        // 2000 at the close of 100 is 200,000 plus 10.00 commission, above the 200,000 of cash
        BrokerException tooBig = assertThrows(BrokerException.class, () -> broker.submit(buy("b1", "AAA", 2000)));
        assertEquals(BrokerException.Kind.REFUSED, tooBig.brokerKind());
        assertTrue(tooBig.getMessage().contains("insufficient buying power"), tooBig.getMessage());
        // 1990 would cost 199,000 + 9.95, leaving 990.05 of buying power: then 10 more (1,001.00) is refused
        broker.submit(buy("b2", "AAA", 1990));
        assertAmount("990.05", broker.account().buyingPower());
        assertThrows(BrokerException.class, () -> broker.submit(buy("b3", "AAA", 10)));
        BrokerException shortSale = assertThrows(BrokerException.class, () -> broker.submit(sell("s1", "AAA", 1)));
        assertEquals(BrokerException.Kind.REFUSED, shortSale.brokerKind());
        assertTrue(shortSale.getMessage().contains("long only"), shortSale.getMessage());
        assertEquals(List.of("b2"), broker.orders(false).stream().map(BrokerOrder::clientOrderId).toList());
    }

    @Test
    void theParticipationCapSpreadsAnOrderOverTwoSessions() {
        SimBroker broker = sim.broker(DAY);
        broker.submit(buy("b1", "AAA", 1010));
        // 5% of 10,000 shares: 500 fill on Friday. $50,000 of the 10.1M ADV: impact 0.1 * 0.0203171 *
        // sqrt(0.00495050) = 0.000142950; price 100 * (1 + 0.0005 + 0.000142950) = 100.0643.
        sim.bar("AAA", NEXT, 100, 101, 99, 100, 10_000);
        broker.settle(NEXT);
        BrokerOrder partial = broker.orderByClientId("b1").orElseThrow();
        assertEquals(OrderStatus.PARTIALLY_FILLED, partial.status());
        assertAmount("500", partial.filledQty());
        assertAmount("100.0643", partial.filledAvgPrice());
        assertNull(partial.filledAt());
        // 200,000 - 500 * 100.0643 - 2.50 commission
        assertAmount("149965.35", broker.account().cash());

        // 5% of 20,000 is 1000, enough for the 510 left on Monday
        sim.bar("AAA", AFTER, 100, 101, 99, 100, 20_000);
        broker.settle(AFTER);
        BrokerOrder filled = broker.orderByClientId("b1").orElseThrow();
        assertEquals(OrderStatus.FILLED, filled.status());
        assertAmount("1010", filled.filledQty());
        assertEquals(List.of(List.of(NEXT, 500L),
                List.of(AFTER, 510L)),
                StoreSql.rows(sim.store, "SELECT session, qty FROM sim_fills ORDER BY session"));
        assertAmount("1010", broker.positions().get(0).qty());
        BigDecimal paid = (BigDecimal) StoreSql.value(sim.store, "SELECT sum(cash_flow) FROM sim_fills");
        assertAmount(SimStore.INITIAL_CASH.add(paid).toPlainString(), broker.account().cash());
    }

    @Test
    void anOrderWaitsForItsBarAndFillsOnceItIsLoaded() {
        SimBroker broker = sim.broker(DAY);
        broker.submit(buy("b1", "AAA", 100));
        broker.settle(NEXT);
        assertEquals(OrderStatus.ACCEPTED, broker.orderByClientId("b1").orElseThrow().status());
        assertEquals(NEXT, broker.asOf());

        sim.bar("AAA", NEXT, 100, 101, 99, 100, 1_000_000);
        SimBroker reopened = sim.broker(NEXT);
        BrokerOrder filled = reopened.orderByClientId("b1").orElseThrow();
        assertEquals(OrderStatus.FILLED, filled.status());
        assertAmount("100", filled.filledQty());
        assertEquals(1, reopened.positions().size());
    }

    @Test
    void aRowWithoutOpenOrVolumeFillsNothingAndTheOrderMovesOn() {
        SimBroker broker = sim.broker(DAY);
        broker.submit(buy("b1", "AAA", 100));
        StoreSql.execute(sim.store, "INSERT INTO sep_base (ticker, date, close, closeadj) VALUES ('AAA', DATE '" + NEXT + "', 100, 100)");
        sim.bar("AAA", AFTER, 100, 101, 99, 100, 1_000_000);
        broker.settle(NEXT);
        assertEquals(OrderStatus.ACCEPTED, broker.orderByClientId("b1").orElseThrow().status());
        broker.settle(AFTER);
        assertEquals(List.of(List.of(AFTER, 100L)), StoreSql.rows(sim.store, "SELECT session, qty FROM sim_fills"));
    }

    @Test
    void cancelAllCancelsEveryOpenOrderAndNothingFills() {
        SimBroker broker = sim.broker(DAY);
        broker.submit(buy("b1", "AAA", 100));
        broker.submit(buy("b2", "AAA", 200));
        List<BrokerOrder> canceled = broker.cancelAllOrders();
        assertEquals(List.of("b1", "b2"), canceled.stream().map(BrokerOrder::clientOrderId).toList());
        assertTrue(canceled.stream().allMatch(order -> order.status() == OrderStatus.CANCELED));
        assertTrue(broker.orders(true).isEmpty());
        assertAmount("200000", broker.account().buyingPower());

        sim.bar("AAA", NEXT, 100, 101, 99, 100, 1_000_000);
        broker.settle(NEXT);
        assertTrue(broker.positions().isEmpty());
        assertAmount("200000", broker.account().cash());
    }

    @Test
    void closeAllSellsEveryPositionAtTheNextOpen() {
        sim.history("BBB");
        SimBroker broker = sim.broker(DAY);
        // holdings taken over at given prices: 300 * 90 + 1.50 and 100 * 50 + 1.00 commission
        assertEquals(OrderStatus.FILLED, broker.fillAt(buy("seed-a", "AAA", 300), new BigDecimal("90")).status());
        broker.fillAt(buy("seed-b", "BBB", 100), new BigDecimal("50"));
        assertAmount("167997.50", broker.account().cash());
        broker.submit(buy("b1", "AAA", 10));

        List<BrokerOrder> closing = broker.closeAllPositions();
        assertEquals(List.of("AAA", "BBB"), closing.stream().map(BrokerOrder::symbol).toList());
        assertEquals(List.of("close-sim-00000004", "close-sim-00000005"), closing.stream().map(BrokerOrder::clientOrderId).toList());
        assertTrue(closing.stream().allMatch(order -> order.side() == OrderSide.SELL && order.status() == OrderStatus.ACCEPTED));
        assertEquals(OrderStatus.CANCELED, broker.orderByClientId("b1").orElseThrow().status());

        sim.bar("AAA", NEXT, 100, 101, 99, 100, 1_000_000);
        sim.bar("BBB", NEXT, 100, 101, 99, 100, 1_000_000);
        broker.settle(NEXT);
        assertTrue(broker.positions().isEmpty());
        assertTrue(broker.orders(true).isEmpty());
        Account account = broker.account();
        assertEquals(account.cash(), account.equity());
    }

    @Test
    void aPositionSoldAndBoughtBackOnOneSessionIsOneRowAgain() {
        SimBroker broker = sim.broker(DAY);
        broker.fillAt(buy("seed", "AAA", 300), new BigDecimal("90"));
        broker.submit(sell("s1", "AAA", 300));
        broker.submit(buy("b1", "AAA", 10));
        sim.bar("AAA", NEXT, 100, 101, 99, 100, 1_000_000);
        broker.settle(NEXT);
        // the sale empties the position, the buy opens it again, in one transaction
        assertEquals(List.of("AAA"), broker.positions().stream().map(Position::symbol).toList());
        assertAmount("10", broker.positions().get(0).qty());
    }

    @Test
    void assetsClockAndCalendarFollowTheAsOfSession() {
        sim.bar("OLD", DAY.minusDays(30), 10, 10, 10, 10, 1000);
        SimBroker broker = sim.broker(DAY);
        assertTrue(broker.asset("AAA").orElseThrow().tradable());
        assertFalse(broker.asset("AAA").orElseThrow().fractionable());
        assertEquals("NYSE", broker.asset("AAA").orElseThrow().exchange());
        assertFalse(broker.asset("OLD").orElseThrow().tradable());
        assertTrue(broker.asset("ZZZ").isEmpty());
        assertThrows(BrokerException.class, () -> broker.submit(buy("old", "OLD", 1)));
        assertThrows(BrokerException.class, () -> broker.submit(OrderRequest.market("half", "AAA", OrderSide.BUY,
                new BigDecimal("0.5"), TimeInForce.DAY)));

        MarketClock clock = broker.clock();
        assertEquals(Instant.parse("2026-03-05T21:00:00Z"), clock.timestamp());
        assertFalse(clock.open());
        assertEquals(Instant.parse("2026-03-06T14:30:00Z"), clock.nextOpen());
        assertEquals(List.of(DAY, NEXT, AFTER), broker.calendar(DAY, AFTER).stream().map(session -> session.date()).toList());
        assertEquals("sim", broker.name());
        assertTrue(broker.paper());
    }

    @Test
    void theSimulatedTimeOnlyMovesForward() {
        sim.broker(NEXT);
        KairosException back = assertThrows(KairosException.class, () -> sim.broker(DAY));
        assertEquals(KairosException.Kind.USAGE, back.kind());
        assertThrows(KairosException.class, () -> sim.broker(LocalDate.of(2026, 3, 7)));
    }

    private static OrderRequest buy(String clientOrderId, String symbol, long qty) {
        return OrderRequest.market(clientOrderId, symbol, OrderSide.BUY, BigDecimal.valueOf(qty), TimeInForce.DAY);
    }

    private static OrderRequest sell(String clientOrderId, String symbol, long qty) {
        return OrderRequest.market(clientOrderId, symbol, OrderSide.SELL, BigDecimal.valueOf(qty), TimeInForce.DAY);
    }

    private static void assertAmount(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + ", got " + actual);
    }
}
