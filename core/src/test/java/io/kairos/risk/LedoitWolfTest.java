package io.kairos.risk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The Ledoit-Wolf shrunk covariance by hand (small whole numbers stand in for returns; the formulas do not care). */
class LedoitWolfTest {

    private static final double EXACT = 1e-12;

    /**
     * Columns (2, 0, 2, 0) and (1, 3, -1, 1), means 1 and 1: x_t = (1, 0), (-1, 2), (1, -2), (-1, 0).
     * S = X'X / 4: S_11 = 4/4 = 1, S_22 = (0 + 4 + 4 + 0)/4 = 2, S_12 = (0 - 2 - 2 + 0)/4 = -1.
     * mu = (1 + 2)/2 = 1.5; S - mu I = [[-0.5, -1], [-1, 0.5]]: d^2 = (0.25 + 1 + 1 + 0.25)/2 = 1.25.
     * x_t x_t' - S: [[0, 1], [1, -2]], [[0, -1], [-1, 2]], the same, [[0, 1], [1, -2]]: each has squared norm 6,
     * so b^2 = min(1.25, 24 / 4^2 / 2) = 0.75 (one pass: ||x_t||^2 = 1, 5, 5, 1; (1 + 25 + 25 + 1 - 4 * 7) / 32 = 0.75).
     * delta = 0.75 / 1.25 = 0.6; shrunk = 0.4 S + 0.6 * 1.5 I = [[1.3, -0.4], [-0.4, 1.7]].
     */
    @Test
    void aTwoNameCaseByHand() {
        LedoitWolf.Shrunk shrunk = LedoitWolf.shrink(new double[][] {{2, 1}, {0, 3}, {2, -1}, {0, 1}});
        assertEquals(0.6, shrunk.intensity(), EXACT);
        assertArrayEquals(new double[] {1.3, -0.4}, shrunk.covariance()[0], EXACT);
        assertArrayEquals(new double[] {-0.4, 1.7}, shrunk.covariance()[1], EXACT);
    }

    /**
     * Two identical columns (3, 1, 4, 0), demeaned u = (1, -1, 2, -2): S = 2.5 [[1, 1], [1, 1]], singular.
     * mu = 2.5, d^2 = (2.5^2 + 2.5^2)/2 = 6.25; ||x_t||^2 = 2 u_t^2 = 2, 2, 8, 8, so
     * b^2 = (4 + 4 + 64 + 64 - 4 * 4 * 6.25) / (16 * 2) = 36 / 32 = 1.125; delta = 1.125 / 6.25 = 0.18.
     * shrunk = 0.82 S + 0.18 * 2.5 I = [[2.5, 2.05], [2.05, 2.5]], determinant 6.25 - 4.2025 = 2.0475 > 0.
     */
    @Test
    void identicalNamesStillGivePositiveDefiniteCovariance() {
        LedoitWolf.Shrunk shrunk = LedoitWolf.shrink(new double[][] {{3, 3}, {1, 1}, {4, 4}, {0, 0}});
        assertEquals(0.18, shrunk.intensity(), EXACT);
        double[][] c = shrunk.covariance();
        assertArrayEquals(new double[] {2.5, 2.05}, c[0], EXACT);
        assertArrayEquals(new double[] {2.05, 2.5}, c[1], EXACT);
        assertEquals(2.0475, c[0][0] * c[1][1] - c[0][1] * c[1][0], 1e-9);
    }

    /**
     * A year of 40 names, two of them identical: the intensity is in [0, 1], the trace is kept (mu I has the
     * sample trace), and the matrix is positive definite (its Cholesky factorisation succeeds).
     */
    @Test
    void aYearOfFortyNamesIsShrunkToAPositiveDefiniteMatrixOfTheSameTrace() {
        Random random = new Random(42);
        double[][] returns = new double[252][40];
        for (double[] day : returns) {
            double market = 0.01 * random.nextGaussian();
            for (int i = 0; i < 39; i++) {
                day[i] = market + 0.02 * random.nextGaussian();
            }
            day[39] = day[0];
        }
        LedoitWolf.Shrunk shrunk = LedoitWolf.shrink(returns);
        assertTrue(shrunk.intensity() > 0 && shrunk.intensity() <= 1, "intensity " + shrunk.intensity());
        double sampleTrace = 0;
        double shrunkTrace = 0;
        for (int i = 0; i < 40; i++) {
            double mean = 0;
            for (double[] day : returns) {
                mean += day[i] / 252;
            }
            for (double[] day : returns) {
                sampleTrace += (day[i] - mean) * (day[i] - mean) / 252;
            }
            shrunkTrace += shrunk.covariance()[i][i];
        }
        assertEquals(sampleTrace, shrunkTrace, 1e-12);
        assertCholeskySucceeds(shrunk.covariance());
    }

    static void assertCholeskySucceeds(double[][] a) {
        int n = a.length;
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = a[i][j];
                for (int k = 0; k < j; k++) {
                    sum -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    assertTrue(sum > 0, "pivot " + i + " is " + sum);
                    l[i][i] = Math.sqrt(sum);
                } else {
                    l[i][j] = sum / l[j][j];
                }
            }
        }
    }

    @Test
    void aMissingReturnIsNamedByRowAndColumn() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> LedoitWolf.covariance(new double[][] {{0.01, 0.02}, {0.0, Double.NaN}, {0.01, 0.0}}));
        assertEquals("return at row 1, column 1 is NaN; the returns must have no missing or infinite values", error.getMessage());
    }

    @Test
    void raggedOrTooShortTablesAreRefused() {
        assertEquals("returns row 1 has 1 columns; row 0 has 2", assertThrows(IllegalArgumentException.class,
                () -> LedoitWolf.covariance(new double[][] {{0.01, 0.02}, {0.0}})).getMessage());
        assertEquals("the returns have 1 rows of 2 columns; the covariance needs at least 2 rows (days) and 1 column (name)",
                assertThrows(IllegalArgumentException.class, () -> LedoitWolf.covariance(new double[][] {{0.01, 0.02}})).getMessage());
    }
}
