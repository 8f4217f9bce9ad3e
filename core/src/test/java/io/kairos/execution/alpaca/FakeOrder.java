package io.kairos.execution.alpaca;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kairos.ops.Json;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Set;

/** An order as {@link FakeAlpaca} keeps it, written in the Trading API's order shape. */
final class FakeOrder {

    private static final Set<String> OPEN = Set.of("new", "accepted", "pending_new", "partially_filled", "held");

    final long sequence;
    final String id;
    final String clientOrderId;
    final String assetId;
    final String symbol;
    final String side;
    final BigDecimal qty;
    final String type;
    final String timeInForce;
    final BigDecimal limitPrice;
    final String orderClass;
    final Instant createdAt;
    String status;
    BigDecimal filledQty = BigDecimal.ZERO;
    BigDecimal filledAvgPrice;
    Instant updatedAt;
    Instant filledAt;
    Instant canceledAt;

    FakeOrder(long sequence, String clientOrderId, String assetId, ObjectNode request, Instant now) {
        this.sequence = sequence;
        this.id = String.format("4f1d0c2e-0000-4000-8000-%012d", sequence);
        this.clientOrderId = clientOrderId;
        this.assetId = assetId;
        this.symbol = request.path("symbol").asText();
        this.side = request.path("side").asText();
        this.qty = new BigDecimal(request.path("qty").asText());
        this.type = request.path("type").asText();
        this.timeInForce = request.path("time_in_force").asText();
        this.limitPrice = request.hasNonNull("limit_price") ? new BigDecimal(request.path("limit_price").asText()) : null;
        this.orderClass = request.path("order_class").asText("");
        this.createdAt = now;
        this.updatedAt = now;
        this.status = "accepted";
    }

    boolean open() {
        return OPEN.contains(status);
    }

    boolean buy() {
        return "buy".equals(side);
    }

    BigDecimal unfilled() {
        return qty.subtract(filledQty);
    }

    /** Adds a fill of {@code quantity} at {@code price}, averaging the price over all fills. */
    void fill(BigDecimal quantity, BigDecimal price, Instant now) {
        BigDecimal before = filledAvgPrice == null ? BigDecimal.ZERO : filledAvgPrice.multiply(filledQty);
        filledQty = filledQty.add(quantity);
        filledAvgPrice = before.add(price.multiply(quantity)).divide(filledQty, 4, RoundingMode.HALF_UP).stripTrailingZeros();
        status = filledQty.compareTo(qty) >= 0 ? "filled" : "partially_filled";
        filledAt = "filled".equals(status) ? now : null;
        updatedAt = now;
    }

    void cancel(Instant now) {
        status = "canceled";
        canceledAt = now;
        updatedAt = now;
    }

    ObjectNode json() {
        ObjectNode order = Json.mapper().createObjectNode();
        order.put("id", id);
        order.put("client_order_id", clientOrderId);
        order.put("created_at", createdAt.toString());
        order.put("updated_at", updatedAt.toString());
        order.put("submitted_at", createdAt.toString());
        order.put("filled_at", filledAt == null ? null : filledAt.toString());
        order.putNull("expired_at");
        order.put("canceled_at", canceledAt == null ? null : canceledAt.toString());
        order.putNull("failed_at");
        order.putNull("replaced_at");
        order.putNull("replaced_by");
        order.putNull("replaces");
        order.put("asset_id", assetId);
        order.put("symbol", symbol);
        order.put("asset_class", "us_equity");
        order.putNull("notional");
        order.put("qty", qty.toPlainString());
        order.put("filled_qty", filledQty.toPlainString());
        order.put("filled_avg_price", filledAvgPrice == null ? null : filledAvgPrice.toPlainString());
        order.put("order_class", orderClass);
        order.put("order_type", type);
        order.put("type", type);
        order.put("side", side);
        order.put("position_intent", buy() ? "buy_to_open" : "sell_to_close");
        order.put("time_in_force", timeInForce);
        order.put("limit_price", limitPrice == null ? null : limitPrice.toPlainString());
        order.putNull("stop_price");
        order.put("status", status);
        order.put("extended_hours", false);
        order.putNull("legs");
        order.putNull("trail_percent");
        order.putNull("trail_price");
        order.putNull("hwm");
        return order;
    }
}
