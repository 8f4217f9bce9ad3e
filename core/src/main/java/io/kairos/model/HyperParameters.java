package io.kairos.model;

import java.math.BigDecimal;

/**
 * One point of the search space: tree depth, learning rate, the least hessian (about a quarter of a
 * row per unit near p = 0.5) a leaf must hold, and the number of boosting rounds.
 */
public record HyperParameters(int maxDepth, double eta, double minChildWeight, int rounds) {

    public HyperParameters {
        if (maxDepth < 1 || eta <= 0 || eta > 1 || minChildWeight < 0 || rounds < 1) {
            throw new IllegalArgumentException("invalid hyperparameters: depth " + maxDepth + ", eta " + eta
                    + ", min_child_weight " + minChildWeight + ", rounds " + rounds);
        }
    }

    /** In XGBoost's names: {@code max_depth=3 eta=0.1 min_child_weight=50 rounds=100}. */
    @Override
    public String toString() {
        return "max_depth=" + maxDepth + " eta=" + plain(eta) + " min_child_weight=" + plain(minChildWeight) + " rounds=" + rounds;
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
