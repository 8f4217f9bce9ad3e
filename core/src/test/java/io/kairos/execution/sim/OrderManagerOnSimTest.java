package io.kairos.execution.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.execution.OrderManager;
import io.kairos.execution.OrderRequest;
import io.kairos.execution.OrderSide;
import io.kairos.execution.OrderStatus;
import io.kairos.execution.TimeInForce;
import io.kairos.execution.TrackedOrder;
import io.kairos.testsupport.StoreSql;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The order manager against the simulated broker in a real store: a run killed midway and run again. */
class OrderManagerOnSimTest {

    @TempDir
    Path dir;

    private static final List<OrderRequest> INTENDED = List.of(
            OrderRequest.market("k-20260305-AAA-b-0123456789", "AAA", OrderSide.BUY, new BigDecimal("100"), TimeInForce.DAY),
            OrderRequest.market("k-20260305-BBB-b-0123456789", "BBB", OrderSide.BUY, new BigDecimal("200"), TimeInForce.DAY),
            OrderRequest.market("k-20260305-CCC-b-0123456789", "CCC", OrderSide.BUY, new BigDecimal("300"), TimeInForce.DAY));

    @Test
    void aRunKilledAfterSomeOrdersAndRunAgainPlacesEachOrderOnce() {
        try (SimStore sim = new SimStore(dir)) {
            for (String ticker : List.of("AAA", "BBB", "CCC")) {
                sim.history(ticker);
            }
            List<String> firstStory = new ArrayList<>();
            OrderManager first = new OrderManager(sim.broker(SimStore.DAY), (event, fields) -> firstStory.add(event), Clock.systemUTC());
            first.submit(INTENDED.get(0));
            first.submit(INTENDED.get(1));
            // the process dies here; a new run starts from the same picks with a fresh manager
            List<String> secondStory = new ArrayList<>();
            OrderManager second = new OrderManager(sim.broker(SimStore.DAY), (event, fields) -> secondStory.add(event),
                    Clock.systemUTC());
            List<TrackedOrder> tracked = INTENDED.stream().map(second::submit).toList();

            assertEquals(List.of(true, true, false), tracked.stream().map(TrackedOrder::adopted).toList());
            assertEquals(List.of("order_adopted", "order_adopted", "order_submitted", "order_acknowledged"), secondStory);
            assertEquals(3, StoreSql.count(sim.store, "SELECT count(*) FROM sim_orders"), "one order per intended trade");
            assertEquals(3, StoreSql.count(sim.store, "SELECT count(DISTINCT client_order_id) FROM sim_orders"));
            assertTrue(tracked.stream().allMatch(order -> order.status() == OrderStatus.ACCEPTED));
        }
    }

    @Test
    void aRefusalIsFinalAndRecorded() {
        try (SimStore sim = new SimStore(dir)) {
            sim.history("AAA");
            List<String> story = new ArrayList<>();
            OrderManager manager = new OrderManager(sim.broker(SimStore.DAY), (event, fields) -> story.add(event + " "
                    + fields.getOrDefault("note", "")), Clock.systemUTC());
            // 5,000 shares at about 100 = 500,000 against 200,000 of cash
            TrackedOrder refused = manager.submit(OrderRequest.market("k-20260305-AAA-b-big", "AAA", OrderSide.BUY,
                    new BigDecimal("5000"), TimeInForce.DAY));
            assertEquals(OrderStatus.REJECTED, refused.status());
            assertTrue(refused.refusal().contains("insufficient buying power"), refused.refusal());
            assertEquals(0, StoreSql.count(sim.store, "SELECT count(*) FROM sim_orders"));
            assertTrue(story.get(1).startsWith("order_refused"), story.toString());
        }
    }
}
