package io.kairos.execution;

/** DAY: during the session; OPG: in the opening auction only (market-on-open); GTC: until cancelled. */
public enum TimeInForce {
    DAY,
    OPG,
    GTC;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
