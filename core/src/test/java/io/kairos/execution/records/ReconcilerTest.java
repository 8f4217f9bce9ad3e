package io.kairos.execution.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.execution.BrokerOrder;
import io.kairos.execution.OrderManager;
import io.kairos.execution.OrderRequest;
import io.kairos.execution.OrderSide;
import io.kairos.execution.TimeInForce;
import io.kairos.execution.sim.SimBroker;
import io.kairos.execution.sim.SimStore;
import io.kairos.testsupport.StoreSql;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reconcile against the simulated broker in a real store: the records start from the broker, follow an order's
 * fills quietly, and report (and repair) every difference they cannot explain.
 */
class ReconcilerTest {

    @TempDir
    Path dir;

    private SimStore sim;
    private SimBroker broker;
    private ExecutionRecords records;
    private final List<String> audit = new ArrayList<>();

    @BeforeEach
    void holdingsTakenOverAndRecordsInitialised() {
        sim = new SimStore(dir);
        sim.history("AAA");
        sim.history("BBB");
        broker = sim.broker(SimStore.DAY);
        broker.fillAt(buy("takeover-AAA", "AAA", 100), new BigDecimal("100"));
        records = ExecutionRecords.open(sim.store.connection(), "sim", Clock.systemUTC());
        ReconcileResult first = reconcile(true);
        assertTrue(first.initialised());
        assertEquals(List.of(), first.differences());
        assertEquals(Map.of("AAA", new BigDecimal("100")), records.book());
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        sim.close();
    }

    @Test
    void anInitialisedVenueWithNothingNewHasNoDifference() {
        ReconcileResult again = reconcile(true);
        assertFalse(again.initialised());
        assertEquals(1, again.ordersCompared());
        assertEquals(1, again.positionsCompared());
        assertEquals(List.of(), again.differences());
    }

    @Test
    void anOrderFilledSinceItWasRecordedIsProgressNotABreak() {
        BrokerOrder sent = new OrderManager(broker, (event, fields) -> { }, Clock.systemUTC())
                .submit(buy("k-20260305-BBB-b-0123456789", "BBB", 50)).broker();
        records.recordOrders(List.of(sent));
        assertEquals(Map.of("AAA", new BigDecimal("100")), records.book(), "nothing filled yet");
        sim.bar("BBB", SimStore.NEXT, 100, 101, 99, 100, 100_000);
        broker.settle(SimStore.NEXT);

        ReconcileResult result = reconcile(true);

        assertEquals(List.of(new Difference(Difference.Kind.ORDER_PROGRESSED, "k-20260305-BBB-b-0123456789 BBB",
                "buy 50 accepted, filled 0", "buy 50 filled, filled 50")), result.differences());
        assertEquals(0, result.breaks());
        assertEquals(Map.of("AAA", new BigDecimal("100"), "BBB", new BigDecimal("50")), records.book());
        assertEquals(1, StoreSql.count(sim.store, "SELECT count(*) FROM exec_reconciliations WHERE kind = 'ORDER_PROGRESSED'"));
        assertTrue(audit.contains("reconcile_difference ORDER_PROGRESSED"), audit.toString());
    }

    @Test
    void anOrderPlacedOutsideKairosIsABreakRecordedOnce() {
        broker.fillAt(buy("manual-1", "AAA", 10), new BigDecimal("100"));

        ReconcileResult result = reconcile(true);

        assertEquals(List.of(new Difference(Difference.Kind.ORDER_NOT_RECORDED, "manual-1 AAA", "none", "buy 10 filled, filled 10")),
                result.differences());
        assertEquals(1, result.breaks());
        assertEquals(Map.of("AAA", new BigDecimal("110")), records.book(), "its fill explains the position");
        assertEquals("broker", StoreSql.value(sim.store, "SELECT origin FROM exec_orders WHERE client_order_id = 'manual-1'"));
        assertEquals(List.of(), reconcile(true).differences(), "repaired: the next run finds nothing");
    }

    @Test
    void aBookOffTheBrokerIsSetToTheBrokersQuantityUnlessDryRun() {
        StoreSql.execute(sim.store, "UPDATE exec_positions SET qty = 90 WHERE symbol = 'AAA'");

        ReconcileResult dry = reconcile(false);
        assertEquals(List.of(new Difference(Difference.Kind.POSITION_MISMATCH, "AAA", "90", "100")), dry.differences());
        assertEquals(Map.of("AAA", new BigDecimal("90")), records.book(), "a dry run changes nothing");
        assertEquals(0, StoreSql.count(sim.store, "SELECT count(*) FROM exec_reconciliations"));

        assertEquals(1, reconcile(true).breaks());
        assertEquals(Map.of("AAA", new BigDecimal("100")), records.book());
        assertEquals(List.of(), reconcile(true).differences());
    }

    @Test
    void aRecordedWorkingOrderTheBrokerDoesNotKnowIsMarkedSo() {
        StoreSql.execute(sim.store, "INSERT INTO exec_orders VALUES ('sim', 'k-ghost', NULL, 'BBB', 'buy', 5, 'ACCEPTED', 0, NULL,"
                + " 'kairos', TIMESTAMP '2026-03-05 21:00:00')");

        ReconcileResult result = reconcile(true);

        assertEquals(List.of(new Difference(Difference.Kind.ORDER_NOT_AT_BROKER, "k-ghost BBB", "buy 5 accepted, filled 0", "none")),
                result.differences());
        assertEquals("NOT_AT_BROKER", StoreSql.value(sim.store, "SELECT status FROM exec_orders WHERE client_order_id = 'k-ghost'"));
        assertEquals(List.of(), reconcile(true).differences());
    }

    @Test
    void fillsTheRecordsInventedAreAConflictAndLeaveTheBookWithThem() {
        BrokerOrder sent = broker.submit(buy("k-20260305-BBB-b-0123456789", "BBB", 50));
        records.recordOrders(List.of(sent));
        // a bug records a fill the broker never made: the order and the book both say 50
        StoreSql.execute(sim.store, "UPDATE exec_orders SET status = 'FILLED', filled_qty = 50 WHERE symbol = 'BBB'");
        StoreSql.execute(sim.store, "INSERT INTO exec_positions VALUES ('sim', 'BBB', 50, TIMESTAMP '2026-03-05 21:00:00')");

        ReconcileResult result = reconcile(true);

        assertEquals(List.of(new Difference(Difference.Kind.ORDER_CONFLICT, "k-20260305-BBB-b-0123456789 BBB",
                "buy 50 filled, filled 50", "buy 50 accepted, filled 0")), result.differences(),
                "the order's repair takes its 50 invented shares out of the book, which then agrees with the broker");
        assertEquals(Map.of("AAA", new BigDecimal("100")), records.book());
    }

    private ReconcileResult reconcile(boolean repair) {
        return new Reconciler(broker, records, (event, fields) -> audit.add(event + (fields.containsKey("kind") ? " "
                + fields.get("kind") : ""))).reconcile(repair);
    }

    private static OrderRequest buy(String id, String symbol, int qty) {
        return OrderRequest.market(id, symbol, OrderSide.BUY, new BigDecimal(qty), TimeInForce.DAY);
    }
}
