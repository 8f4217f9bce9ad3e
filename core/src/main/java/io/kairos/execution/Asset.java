package io.kairos.execution;

/** What the broker says of a symbol: whether it may be traded, and in fractions. */
public record Asset(String symbol, boolean tradable, boolean fractionable, String exchange) {
}
