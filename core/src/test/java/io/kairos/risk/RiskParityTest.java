package io.kairos.risk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Equal risk contributions by hand and on correlated cases. */
class RiskParityTest {

    private static final double EXACT = 1e-12;

    /** Σ_ij = ρ_ij σ_i σ_j. */
    static double[][] covariance(double[] volatilities, double[][] correlations) {
        int n = volatilities.length;
        double[][] covariance = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                covariance[i][j] = correlations[i][j] * volatilities[i] * volatilities[j];
            }
        }
        return covariance;
    }

    static double sum(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum;
    }

    /** Asserts every risk contribution is within 1e-6 (relative) of their mean, and the weights sum to 1. */
    static void assertEqualRiskContributions(double[][] covariance, double[] weights) {
        double[] contributions = RiskParity.riskContributions(covariance, weights);
        double mean = sum(contributions) / contributions.length;
        for (int i = 0; i < contributions.length; i++) {
            assertEquals(mean, contributions[i], 1e-6 * mean, "risk contribution of name " + i);
            assertTrue(weights[i] > 0, "weight of name " + i);
        }
        assertEquals(1, sum(weights), EXACT);
    }

    /** Uncorrelated: RC_i = w_i^2 σ_i^2, equal when w_i ∝ 1/σ_i: 10 : 5 : 2.5 = 4/7, 2/7, 1/7. */
    @Test
    void uncorrelatedNamesGetInverseVolatility() {
        double[][] covariance = {{0.01, 0, 0}, {0, 0.04, 0}, {0, 0, 0.16}};
        assertArrayEquals(new double[] {4.0 / 7, 2.0 / 7, 1.0 / 7}, RiskParity.weights(covariance), EXACT);
    }

    /**
     * Two names: with w_1 σ_1 = w_2 σ_2 = k, RC_1 = w_1 (w_1 σ_1^2 + ρ w_2 σ_1 σ_2) = k (k + ρ k) = RC_2, so
     * w ∝ 1/σ whatever ρ: σ = 0.1, 0.3 gives 10 : 3.33 = 0.75, 0.25.
     */
    @Test
    void twoNamesGetInverseVolatilityWhateverTheirCorrelation() {
        for (double rho : new double[] {0.6, 0.0, -0.5}) {
            double[][] covariance = covariance(new double[] {0.1, 0.3}, new double[][] {{1, rho}, {rho, 1}});
            assertArrayEquals(new double[] {0.75, 0.25}, RiskParity.weights(covariance), 1e-9, "correlation " + rho);
        }
    }

    /**
     * σ = 0.1, 0.2, 0.3; ρ_12 = 0.5, ρ_13 = 0.2, ρ_23 = 0.6. Inverse volatility (6/11, 3/11, 2/11) would give the
     * correlated names 2 and 3 too much risk. The solution, found independently with numpy's Newton solve, is
     * 0.574001, 0.241175, 0.184825, each contributing 0.0053156 of the variance 0.0159470.
     */
    @Test
    void correlatedNamesHaveEqualRiskContributions() {
        double[][] covariance = covariance(new double[] {0.1, 0.2, 0.3},
                new double[][] {{1, 0.5, 0.2}, {0.5, 1, 0.6}, {0.2, 0.6, 1}});
        double[] weights = new RiskParity().weights(new SizingInput(new double[3], new double[3], covariance));
        assertEqualRiskContributions(covariance, weights);
        assertArrayEquals(new double[] {0.574001, 0.241175, 0.184825}, weights, 1e-6);
        assertEquals(0.0053156, RiskParity.riskContributions(covariance, weights)[0], 1e-7);
    }

    /** Names 0 and 1 are the same asset (Σ singular): by symmetry they get equal weights. */
    @Test
    void aSingularCovarianceWithIdenticalNamesStillSolves() {
        double[][] covariance = {{0.04, 0.04, 0.01}, {0.04, 0.04, 0.01}, {0.01, 0.01, 0.09}};
        double[] weights = RiskParity.weights(covariance);
        assertEqualRiskContributions(covariance, weights);
        assertEquals(weights[0], weights[1], 1e-12);
    }

    /** Sixty names on one market factor: Σ_ij = β_i β_j 0.04 + (i == j) s_i^2, betas 0.5 to 1.5. */
    @Test
    void sixtyNamesOnOneFactor() {
        int n = 60;
        double[][] covariance = new double[n][n];
        for (int i = 0; i < n; i++) {
            double betaI = 0.5 + i / (n - 1.0);
            for (int j = 0; j < n; j++) {
                covariance[i][j] = betaI * (0.5 + j / (n - 1.0)) * 0.04;
            }
            covariance[i][i] += Math.pow(0.15 + 0.005 * i, 2);
        }
        assertEqualRiskContributions(covariance, RiskParity.weights(covariance));
    }

    @Test
    void badCovariancesAreNamed() {
        assertEquals("the inverse-volatility portfolio has variance 0.0 under this covariance; it must be positive semi-definite"
                + " with no riskless long portfolio",
                assertThrows(IllegalArgumentException.class, () -> RiskParity.weights(new double[][] {{1, -1}, {-1, 1}})).getMessage());
        assertEquals("covariance[1][0] is 0.5 and covariance[0][1] is 0.2; the matrix must be finite and symmetric",
                assertThrows(IllegalArgumentException.class, () -> RiskParity.weights(new double[][] {{1, 0.2}, {0.5, 1}})).getMessage());
        assertEquals("variance of name 1 (covariance[1][1]) is 0.0; it must be positive and finite",
                assertThrows(IllegalArgumentException.class, () -> RiskParity.weights(new double[][] {{1, 0}, {0, 0}})).getMessage());
        assertEquals("covariance row 1 has 1 entries; the matrix must be 2 x 2",
                assertThrows(IllegalArgumentException.class, () -> RiskParity.weights(new double[][] {{1, 0}, {0}})).getMessage());
    }

    /**
     * Correlation -1.2 is no covariance: holding names 0 and 1 equally has variance 2 - 2.4, below 0, so their risk
     * contributions a (a - 1.2 a) are negative while name 2's are positive, and no weights make them equal.
     */
    @Test
    void aCovarianceThatIsNotPositiveSemiDefiniteIsReported() {
        double[][] covariance = {{1, -1.2, 0}, {-1.2, 1, 0}, {0, 0, 1}};
        IllegalStateException error = assertThrows(IllegalStateException.class, () -> RiskParity.weights(covariance));
        // the start y = (1, 1, 1) has contributions -0.2, -0.2, 1 (mean 0.2); the Hessian at the start is singular
        String message = error.getMessage();
        assertTrue(message.startsWith("risk parity did not converge after 0 Newton steps, with risk contributions up to 3.99"), message);
        assertTrue(message.endsWith("(relative) from their mean: a 3 x 3 linear system is singular at column 1;"
                + " is the covariance positive semi-definite?"), message);
    }
}
