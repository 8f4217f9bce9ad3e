package io.kairos.risk;

/**
 * The maximum diversification portfolio (Choueifaty and Coignard, 2008): the long-only weights, summing
 * to 1, that maximise the diversification ratio DR(w) = w'σ / sqrt(w'Σw), σ_i = sqrt(Σ_ii).
 *
 * <p>Solved by its known equivalence (Choueifaty, Froidure and Reynier, 2013): with the correlation matrix
 * C_ij = Σ_ij / (σ_i σ_j), let v be the long-only minimum-variance portfolio of C (minimise v'Cv, v &gt;= 0,
 * sum v = 1, {@link LongOnlyMinimumVariance}); then w_i is proportional to v_i / σ_i, and DR(w) =
 * 1 / sqrt(v'Cv). Uncorrelated names get w proportional to 1 / σ_i and DR = sqrt(n); a name highly
 * correlated with another can be left out (weight 0).
 */
public final class MaximumDiversification implements SizingMethod {

    public static final String NAME = "max_diversification";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double[] weights(SizingInput input) {
        return weights(input.covariance());
    }

    /** The most diversified long-only weights for this covariance (n x n, symmetric, positive semi-definite). */
    public static double[] weights(double[][] covariance) {
        double[] volatilities = SizingChecks.covariance(covariance);
        int n = volatilities.length;
        double[][] correlation = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                correlation[i][j] = covariance[i][j] / (volatilities[i] * volatilities[j]);
            }
        }
        double[] weights = LongOnlyMinimumVariance.solve(correlation);
        double variance = Matrices.dot(weights, Matrices.multiply(correlation, weights));
        if (!(variance > 0)) {
            throw new IllegalArgumentException("the least-variance long portfolio has variance " + variance
                    + " under this correlation; the covariance must be positive semi-definite with no riskless long portfolio");
        }
        for (int i = 0; i < n; i++) {
            weights[i] /= volatilities[i];
        }
        return Weights.normalised(weights);
    }

    /** DR(w) = w'σ / sqrt(w'Σw): 1 for a single name, sqrt(n) for n uncorrelated names held in inverse volatility. */
    public static double diversificationRatio(double[][] covariance, double[] weights) {
        double[] volatilities = SizingChecks.covariance(covariance);
        return Matrices.dot(weights, volatilities) / Math.sqrt(Matrices.dot(weights, Matrices.multiply(covariance, weights)));
    }
}
