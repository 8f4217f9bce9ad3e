package io.kairos.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExecutionReportTest {

    private static final Instant T0 = Instant.parse("2026-11-02T14:30:00Z");

    private static TrackedOrder order(String symbol, OrderSide side, String qty, OrderStatus status, String filled, String price,
            long latencyMillis) {
        OrderRequest request = OrderRequest.market("k-" + symbol, symbol, side, new BigDecimal(qty), TimeInForce.DAY);
        BrokerOrder broker = status == OrderStatus.REJECTED ? null : new BrokerOrder("id-" + symbol, request.clientOrderId(), symbol,
                side, request.qty(), OrderType.MARKET, TimeInForce.DAY, status, new BigDecimal(filled),
                price == null ? null : new BigDecimal(price), T0, null);
        return new TrackedOrder(request, broker, status, false, status == OrderStatus.REJECTED ? "insufficient buying power" : null,
                T0, T0.plusMillis(latencyMillis));
    }

    @Test
    void ratesSlippageLatencyAndTheNamesOffTarget() {
        // AAA bought 100 at 50.10 against 50: 20 bps adverse; BBB sold 10 at 19.98 against 20: 10 bps adverse.
        // Quantity-weighted: (20 x 100 + 10 x 10) / 110 = 19.09 bps. CCC refused.
        List<TrackedOrder> tracked = List.of(order("AAA", OrderSide.BUY, "100", OrderStatus.FILLED, "100", "50.10", 120),
                order("BBB", OrderSide.SELL, "10", OrderStatus.FILLED, "10", "19.98", 80),
                order("CCC", OrderSide.BUY, "50", OrderStatus.REJECTED, "0", null, 40));
        Map<String, BigDecimal> prices = Map.of("AAA", new BigDecimal("50"), "BBB", new BigDecimal("20"), "CCC", new BigDecimal("20"));
        // equity 10,000: AAA 100 x 50 = 0.50 as asked; CCC asked 0.10, holds nothing.
        ExecutionReport report = ExecutionReport.of(List.of(), tracked, Map.of("AAA", 0.5, "CCC", 0.1),
                Map.of("AAA", new BigDecimal("100")), prices, new BigDecimal("10000"), 0.01);
        assertEquals(2, report.filled());
        assertEquals(1, report.rejected());
        assertEquals(1.0, report.fillRate(), 1e-12);
        assertEquals(1.0 / 3, report.rejectionRate(), 1e-12);
        assertEquals(2100.0 / 110, report.slippageBps(), 1e-9);
        assertEquals(List.of(80L, 120L), report.latencyMillis(), "the middle of 40, 80 and 120 ms, then the largest");
        assertEquals(List.of(new ExecutionReport.Deviation("CCC", 0.1, 0.0)), report.deviations());
        assertFalse(report.matches());
    }
}
