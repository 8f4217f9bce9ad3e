package io.kairos.execution.sim;

import io.kairos.execution.BrokerOrder;
import io.kairos.execution.OrderSide;
import io.kairos.execution.OrderStatus;
import io.kairos.execution.OrderType;
import io.kairos.execution.TimeInForce;
import io.kairos.execution.fill.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A row of {@code sim_orders} with what its fills add up to.
 *
 * @param submittedOn the as-of session it was submitted on; it fills on the sessions after it
 * @param lastSession the latest session it was filled on (or found no volume on), null before the first
 * @param filledValue the sum of quantity * execution price of its fills
 */
record SimOrder(String id, String clientOrderId, String symbol, OrderSide side, BigDecimal qty, OrderType type, TimeInForce timeInForce,
        OrderStatus status, LocalDate submittedOn, Instant submittedAt, LocalDate lastSession, Instant filledAt, BigDecimal filledQty,
        BigDecimal filledValue) {

    /** A new order, accepted and waiting for the sessions after {@code submittedOn}. */
    static SimOrder accepted(String id, String clientOrderId, String symbol, OrderSide side, BigDecimal qty, OrderType type,
            TimeInForce timeInForce, LocalDate submittedOn, Instant submittedAt) {
        return new SimOrder(id, clientOrderId, symbol, side, qty, type, timeInForce, OrderStatus.ACCEPTED, submittedOn, submittedAt, null,
                null, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    BigDecimal remaining() {
        return qty.subtract(filledQty);
    }

    /** The session after which it may fill next. */
    LocalDate fillsAfter() {
        return lastSession == null ? submittedOn : lastSession;
    }

    SimOrder withStatus(OrderStatus newStatus) {
        return new SimOrder(id, clientOrderId, symbol, side, qty, type, timeInForce, newStatus, submittedOn, submittedAt, lastSession,
                filledAt, filledQty, filledValue);
    }

    /** After a session that filled {@code shares} at {@code price} (0 shares when the session had no volume). */
    SimOrder afterSession(LocalDate session, BigDecimal shares, BigDecimal price, Instant at) {
        BigDecimal newFilled = filledQty.add(shares);
        boolean complete = newFilled.compareTo(qty) == 0;
        OrderStatus newStatus = complete ? OrderStatus.FILLED : newFilled.signum() > 0 ? OrderStatus.PARTIALLY_FILLED : status;
        return new SimOrder(id, clientOrderId, symbol, side, qty, type, timeInForce, newStatus, submittedOn, submittedAt, session,
                complete ? at : null, newFilled, filledValue.add(shares.multiply(price)));
    }

    BrokerOrder toBrokerOrder() {
        BigDecimal average = filledQty.signum() > 0 ? Money.price(filledValue.divide(filledQty, Money.PRICE_DECIMALS,
                RoundingMode.HALF_UP)) : null;
        return new BrokerOrder(id, clientOrderId, symbol, side, qty, type, timeInForce, status, filledQty, average, submittedAt,
                filledAt);
    }
}
