package io.kairos.execution;

import java.math.BigDecimal;

/**
 * An order to send: whole or fractional shares, market or limit, with optional bracket legs.
 *
 * @param clientOrderId  Kairos's own id, deterministic, at most 48 characters
 * @param limitPrice     for LIMIT orders, else null
 * @param takeProfit     the bracket's take-profit limit price, or null (no bracket)
 * @param stopLoss       the bracket's stop price, or null (no bracket)
 */
public record OrderRequest(String clientOrderId, String symbol, OrderSide side, BigDecimal qty, OrderType type,
        TimeInForce timeInForce, BigDecimal limitPrice, BigDecimal takeProfit, BigDecimal stopLoss) {

    public static final int MAX_CLIENT_ORDER_ID = 48;

    public OrderRequest {
        if (clientOrderId == null || clientOrderId.isEmpty() || clientOrderId.length() > MAX_CLIENT_ORDER_ID) {
            throw new IllegalArgumentException("client_order_id must have 1 to " + MAX_CLIENT_ORDER_ID + " characters: " + clientOrderId);
        }
        if (qty == null || qty.signum() <= 0) {
            throw new IllegalArgumentException("order " + clientOrderId + ": quantity must be positive, got " + qty);
        }
        if ((type == OrderType.LIMIT) != (limitPrice != null)) {
            throw new IllegalArgumentException("order " + clientOrderId + ": a limit price goes with a limit order, and only with one");
        }
        if ((takeProfit == null) != (stopLoss == null)) {
            throw new IllegalArgumentException("order " + clientOrderId + ": a bracket needs both a take-profit and a stop-loss");
        }
    }

    /** A market order. */
    public static OrderRequest market(String clientOrderId, String symbol, OrderSide side, BigDecimal qty, TimeInForce timeInForce) {
        return new OrderRequest(clientOrderId, symbol, side, qty, OrderType.MARKET, timeInForce, null, null, null);
    }

    public boolean bracket() {
        return takeProfit != null;
    }
}
