package io.kairos.execution;

/**
 * The lifecycle of an order at the broker: working (NEW, ACCEPTED: brokers move between these while
 * routing or cancelling), PARTIALLY_FILLED, then one terminal state (FILLED, CANCELED, EXPIRED,
 * REJECTED) that never changes again. A partial fill never goes back to working; a state the broker
 * reports that Kairos does not know (UNKNOWN) is accepted between working states only.
 */
public final class OrderTransitions {

    private OrderTransitions() {
    }

    public static boolean legal(OrderStatus from, OrderStatus to) {
        if (from == to) {
            return true;
        }
        if (from.terminal()) {
            return false;
        }
        return switch (from) {
            case NEW, ACCEPTED, UNKNOWN -> true;
            case PARTIALLY_FILLED -> to.terminal() && to != OrderStatus.REJECTED;
            default -> false;
        };
    }
}
