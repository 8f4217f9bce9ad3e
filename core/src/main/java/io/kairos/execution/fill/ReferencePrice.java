package io.kairos.execution.fill;

/**
 * Which price of the fill session an order trades at before costs. {@link #OPEN} is the leakage-safe default:
 * decisions are made at one close, orders fill at the next session's open.
 */
public enum ReferencePrice {
    OPEN,
    CLOSE;

    public double of(Bar bar) {
        return this == OPEN ? bar.open() : bar.close();
    }
}
