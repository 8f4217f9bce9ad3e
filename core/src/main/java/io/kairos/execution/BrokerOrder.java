package io.kairos.execution;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An order as the broker knows it.
 *
 * @param id             the broker's id
 * @param filledAvgPrice null until something fills
 * @param submittedAt    when the broker received it, null when unknown
 * @param filledAt       when it filled completely, null until then
 */
public record BrokerOrder(String id, String clientOrderId, String symbol, OrderSide side, BigDecimal qty, OrderType type,
        TimeInForce timeInForce, OrderStatus status, BigDecimal filledQty, BigDecimal filledAvgPrice, Instant submittedAt,
        Instant filledAt) {
}
