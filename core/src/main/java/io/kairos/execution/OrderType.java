package io.kairos.execution;

public enum OrderType {
    MARKET,
    LIMIT;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
