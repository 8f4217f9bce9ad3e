package io.kairos.risk;

/**
 * A way to size the positions of a set of names: relative weights that the caller scales (the
 * rebalance scales them to its volatility target and caps them). Implementations are pure and
 * deterministic.
 */
public interface SizingMethod {

    /** The name an operator writes in {@code portfolio.sizing}, e.g. "inverse_vol". */
    String name();

    /**
     * Non-negative weights summing to 1, one per name of {@code input} in its order; all zero when no
     * name can be held (e.g. Kelly when no name has an edge).
     */
    double[] weights(SizingInput input);
}
