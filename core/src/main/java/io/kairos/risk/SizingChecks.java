package io.kairos.risk;

/** The input checks shared by the sizing methods; each names what was wrong and returns the checked value. */
final class SizingChecks {

    /** Covariance entries i, j and j, i may differ by this much relative to sqrt(S_ii S_jj) (rounding). */
    private static final double SYMMETRY_TOLERANCE = 1e-10;

    private SizingChecks() {
    }

    /** A parameter that must be positive and finite, e.g. a payoff or a prior strength. */
    static double positive(String what, double value) {
        if (!(value > 0) || value == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(what + " is " + value + "; it must be positive and finite");
        }
        return value;
    }

    /** A parameter that must be zero or more and finite, e.g. a prior count or a variance. */
    static double nonNegative(String what, double value) {
        if (!(value >= 0) || value == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(what + " is " + value + "; it must be zero or more and finite");
        }
        return value;
    }

    /** A parameter that must be in (0, 1], e.g. the fraction of equity risked. */
    static double fraction(String what, double value) {
        if (!(value > 0 && value <= 1)) {
            throw new IllegalArgumentException(what + " is " + value + "; it must be in (0, 1]");
        }
        return value;
    }

    /** A probability: in [0, 1]. */
    static double probability(String what, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(what + " is " + value + "; it must be in [0, 1]");
        }
        return value;
    }

    /** Name {@code name}'s annualised volatility: positive and finite. */
    static double volatility(int name, double volatility) {
        return positive("volatility of name " + name, volatility);
    }

    /** Name {@code name}'s probability of winning: in [0, 1]. */
    static double probability(int name, double probability) {
        return probability("probability of name " + name, probability);
    }

    /**
     * A covariance matrix: square, finite, symmetric (to rounding) with a positive diagonal. Returns the
     * names' volatilities, the square roots of the diagonal.
     */
    static double[] covariance(double[][] covariance) {
        int n = covariance.length;
        double[] volatilities = new double[n];
        for (int i = 0; i < n; i++) {
            if (covariance[i].length != n) {
                throw new IllegalArgumentException("covariance row " + i + " has " + covariance[i].length + " entries; the matrix must be "
                        + n + " x " + n);
            }
            volatilities[i] = Math.sqrt(positive("variance of name " + i + " (covariance[" + i + "][" + i + "])", covariance[i][i]));
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                double a = covariance[i][j];
                double b = covariance[j][i];
                if (!Double.isFinite(a) || !(Math.abs(a - b) <= SYMMETRY_TOLERANCE * volatilities[i] * volatilities[j])) {
                    throw new IllegalArgumentException("covariance[" + i + "][" + j + "] is " + a + " and covariance[" + j + "][" + i
                            + "] is " + b + "; the matrix must be finite and symmetric");
                }
            }
        }
        return volatilities;
    }
}
