package io.kairos.execution;

public enum OrderSide {
    BUY,
    SELL;

    /** "buy" or "sell", as brokers and files write it. */
    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
