package io.kairos.risk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The most diversified portfolio by hand. */
class MaximumDiversificationTest {

    private static final double EXACT = 1e-12;

    /** σ = 0.1, 0.2, 0.3; ρ_12 = 0.9 (names 1 and 2 nearly the same bet), ρ_13 = 0.2, ρ_23 = 0.5. */
    private static final double[][] COVARIANCE = RiskParityTest.covariance(new double[] {0.1, 0.2, 0.3},
            new double[][] {{1, 0.9, 0.2}, {0.9, 1, 0.5}, {0.2, 0.5, 1}});

    /** Uncorrelated: v = 1/3 each on C = I, w ∝ 1/σ = 4/7, 2/7, 1/7, and DR = 3k / sqrt(3 k^2) = sqrt(3). */
    @Test
    void uncorrelatedNamesGetInverseVolatility() {
        double[][] covariance = {{0.01, 0, 0}, {0, 0.04, 0}, {0, 0, 0.16}};
        double[] weights = MaximumDiversification.weights(covariance);
        assertArrayEquals(new double[] {4.0 / 7, 2.0 / 7, 1.0 / 7}, weights, EXACT);
        assertEquals(Math.sqrt(3), MaximumDiversification.diversificationRatio(covariance, weights), EXACT);
    }

    /**
     * On C, v = (1/2, 0, 1/2): (C v) = (0.5 + 0.1, 0.45 + 0.25, 0.1 + 0.5) = (0.6, 0.7, 0.6), so the held names
     * share λ = 0.6 and the excluded name 2 has 0.7 >= 0.6 (the KKT conditions of min v'Cv). w ∝ v / σ =
     * (5, 0, 5/3): (0.75, 0, 0.25). Then w'σ = 0.075 + 0.075 = 0.15, w'Σw = 0.5625 * 0.01 + 0.0625 * 0.09
     * + 2 * 0.75 * 0.25 * 0.006 = 0.0135, DR = 0.15 / 0.11619 = 1.29099 = 1 / sqrt(0.6).
     * Equal weights: w'σ = 0.2, w'Σw = (0.14 + 2 * (0.018 + 0.006 + 0.03)) / 9 = 0.248 / 9, DR = 0.2 / 0.16600 = 1.20483.
     */
    @Test
    void aNameTooCloseToAnotherIsLeftOut() {
        double[] weights = new MaximumDiversification().weights(new SizingInput(new double[3], new double[3], COVARIANCE));
        assertArrayEquals(new double[] {0.75, 0, 0.25}, weights, EXACT);

        double[] volatilities = {0.1, 0.2, 0.3};
        double[] v = new double[3];
        for (int i = 0; i < 3; i++) {
            v[i] = weights[i] * volatilities[i] / Matrices.dot(weights, volatilities);
        }
        double[][] correlation = {{1, 0.9, 0.2}, {0.9, 1, 0.5}, {0.2, 0.5, 1}};
        assertArrayEquals(new double[] {0.6, 0.7, 0.6}, Matrices.multiply(correlation, v), EXACT);

        double best = MaximumDiversification.diversificationRatio(COVARIANCE, weights);
        assertEquals(1 / Math.sqrt(0.6), best, EXACT);
        assertEquals(1.20483, MaximumDiversification.diversificationRatio(COVARIANCE, new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}), 1e-5);
    }

    /** No long-only weights on a 0.02 grid of the simplex diversify more. */
    @Test
    void noOtherWeightsOnAGridDiversifyMore() {
        double best = MaximumDiversification.diversificationRatio(COVARIANCE, MaximumDiversification.weights(COVARIANCE));
        for (int a = 0; a <= 50; a++) {
            for (int b = 0; a + b <= 50; b++) {
                double[] weights = {a / 50.0, b / 50.0, (50 - a - b) / 50.0};
                double ratio = MaximumDiversification.diversificationRatio(COVARIANCE, weights);
                assertTrue(ratio <= best + EXACT, "weights " + a + ", " + b + " / 50 give " + ratio + " > " + best);
            }
        }
    }

    /** Correlation -1.2 is no covariance: half each in names 0 and 1 has variance 0.25 + 0.25 - 2 * 0.25 * 1.2 = -0.1. */
    @Test
    void aCovarianceThatIsNotPositiveSemiDefiniteIsRefused() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> MaximumDiversification.weights(new double[][] {{1, -1.2, 0}, {-1.2, 1, 0}, {0, 0, 1}}));
        String message = error.getMessage();
        assertTrue(message.startsWith("the least-variance long portfolio has variance -0.09999"), message);
        assertTrue(message.endsWith(" under this correlation; the covariance must be positive semi-definite with no riskless long portfolio"),
                message);
    }
}
