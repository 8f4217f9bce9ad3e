package io.kairos.execution.records;

import io.kairos.execution.BrokerOrder;
import io.kairos.execution.OrderSide;
import java.math.BigDecimal;

/**
 * An order as Kairos last recorded it.
 *
 * @param status an {@link io.kairos.execution.OrderStatus} name, or {@link #NOT_AT_BROKER} once reconcile found
 *               that the broker has no such order
 * @param origin {@code kairos} for the orders Kairos sent, {@code broker} for those reconcile found only at the broker
 */
public record LocalOrder(String clientOrderId, String brokerId, String symbol, OrderSide side, BigDecimal qty, String status,
        BigDecimal filledQty, BigDecimal filledAvgPrice, String origin) {

    public static final String NOT_AT_BROKER = "NOT_AT_BROKER";
    public static final String FROM_KAIROS = "kairos";
    public static final String FROM_BROKER = "broker";

    public LocalOrder {
        qty = plain(qty);
        filledQty = plain(filledQty);
    }

    /** Without trailing zeros, never in exponent form: 100.000000 is 100, not 1E+2. */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static LocalOrder of(BrokerOrder order, String origin) {
        return new LocalOrder(order.clientOrderId(), order.id(), order.symbol(), order.side(), order.qty(), order.status().name(),
                order.filledQty() == null ? BigDecimal.ZERO : order.filledQty(), order.filledAvgPrice(), origin);
    }

    /** True when the broker's view of the order adds nothing to this record (the average price aside). */
    boolean sameAs(LocalOrder other) {
        return clientOrderId.equals(other.clientOrderId) && java.util.Objects.equals(brokerId, other.brokerId) && symbol.equals(other.symbol)
                && side == other.side && qty.compareTo(other.qty) == 0 && status.equals(other.status)
                && filledQty.compareTo(other.filledQty) == 0;
    }

    /** The change in the position its fills make: + for a buy, - for a sell. */
    BigDecimal signedFilled() {
        return side == OrderSide.BUY ? filledQty : filledQty.negate();
    }
}
