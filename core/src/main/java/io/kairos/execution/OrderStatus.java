package io.kairos.execution;

import java.util.Locale;

/**
 * An order's state at the broker. Brokers report more states than Kairos acts on; unknown ones map to
 * {@link #UNKNOWN} rather than failing (brokers add states).
 */
public enum OrderStatus {
    NEW,
    ACCEPTED,
    PARTIALLY_FILLED,
    FILLED,
    CANCELED,
    EXPIRED,
    REJECTED,
    UNKNOWN;

    /** True once nothing more can happen to the order. */
    public boolean terminal() {
        return this == FILLED || this == CANCELED || this == EXPIRED || this == REJECTED;
    }

    /** The broker's word for it: Alpaca's working states pending_new, held, ... count as NEW or ACCEPTED. */
    public static OrderStatus fromWire(String text) {
        if (text == null) {
            return UNKNOWN;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "new", "pending_new", "held", "calculated", "accepted_for_bidding" -> NEW;
            case "accepted", "pending_cancel", "pending_replace", "done_for_day", "stopped", "suspended" -> ACCEPTED;
            case "partially_filled" -> PARTIALLY_FILLED;
            case "filled" -> FILLED;
            case "canceled", "cancelled", "replaced" -> CANCELED;
            case "expired" -> EXPIRED;
            case "rejected" -> REJECTED;
            default -> UNKNOWN;
        };
    }
}
