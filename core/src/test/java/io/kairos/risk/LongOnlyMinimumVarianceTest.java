package io.kairos.risk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The long-only minimum-variance solver against its optimality (KKT) conditions. */
class LongOnlyMinimumVarianceTest {

    /**
     * Asserts v is optimal for min v'Cv, v >= 0, sum v = 1: held names share one marginal variance λ = (C v)_i,
     * excluded names have (C v)_j >= λ. Returns how many names are held.
     */
    static int assertOptimal(double[][] c, double[] v) {
        double[] marginal = Matrices.multiply(c, v);
        double lambda = Matrices.dot(v, marginal);
        int held = 0;
        for (int i = 0; i < v.length; i++) {
            assertTrue(v[i] >= 0, "weight of name " + i + " is " + v[i]);
            if (v[i] > 0) {
                held++;
                assertEquals(lambda, marginal[i], 1e-10, "marginal variance of held name " + i);
            } else {
                assertTrue(marginal[i] >= lambda - 1e-10, "marginal variance of excluded name " + i + " is " + marginal[i] + " < " + lambda);
            }
        }
        assertEquals(1, RiskParityTest.sum(v), 1e-12);
        return held;
    }

    /**
     * Names 0 and 1 are the same (C singular): only one is needed. With v = (a, 0, 1 - a) the variance
     * a^2 + (1 - a)^2 + 0.4 a (1 - a) is least at a = 1/2 by symmetry: λ = 0.5 + 0.5 * 0.2 = 0.6, and the twin's
     * (C v)_1 = 0.5 + 0.1 = 0.6 too, so leaving it out is optimal.
     */
    @Test
    void identicalNamesNeedOnlyOneOfThem() {
        double[][] c = {{1, 1, 0.2}, {1, 1, 0.2}, {0.2, 0.2, 1}};
        double[] v = LongOnlyMinimumVariance.solve(c);
        assertArrayEquals(new double[] {0.5, 0, 0.5}, v, 1e-12);
        assertOptimal(c, v);
    }

    /** Perfectly opposite names: half each has variance 0.25 + 0.25 - 2 * 0.25 = 0 (a singular C, a non-singular KKT system). */
    @Test
    void oppositeNamesCancel() {
        double[] v = LongOnlyMinimumVariance.solve(new double[][] {{1, -1}, {-1, 1}});
        assertArrayEquals(new double[] {0.5, 0.5}, v, 1e-12);
    }

    /** 120 names on one factor, loadings 0.2 to 0.95: the high-loading names are left out. */
    @Test
    void oneFactorCorrelationsSatisfyTheOptimalityConditions() {
        int n = 120;
        double[][] c = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                c[i][j] = i == j ? 1 : (0.2 + 0.75 * i / (n - 1)) * (0.2 + 0.75 * j / (n - 1));
            }
        }
        int held = assertOptimal(c, LongOnlyMinimumVariance.solve(c));
        assertTrue(held > 1 && held < n, held + " names held");
    }

    @Test
    void noNamesGiveNoWeights() {
        assertEquals(0, LongOnlyMinimumVariance.solve(new double[0][0]).length);
    }
}
