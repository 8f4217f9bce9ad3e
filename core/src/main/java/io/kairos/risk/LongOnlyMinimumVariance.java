package io.kairos.risk;

import java.util.Arrays;

/**
 * The long-only minimum-variance problem: minimise v'Cv subject to v &gt;= 0 and sum v = 1, for a
 * symmetric positive semi-definite C, by a primal active-set method (Nocedal and Wright, Numerical
 * Optimization, 16.5), exact up to rounding.
 *
 * <p>It starts with all weight on the name of smallest C_ii. On the set F of free names it solves the
 * equality-constrained problem exactly, from the KKT system C_FF x = λ 1, 1'x = 1; if x leaves the
 * simplex it steps from v toward x as far as the first name that reaches 0 and drops that name, else it
 * moves to x. At a step to x, v is optimal when every excluded name j has (C v)_j &gt;= λ (its multiplier
 * is not negative); otherwise the name with the smallest (C v)_j - λ is freed. A name is freed only when
 * its multiplier is negative, which keeps every KKT system non-singular even when C is singular.
 */
final class LongOnlyMinimumVariance {

    /** A multiplier above -TOLERANCE times the largest C_ii counts as not negative. */
    private static final double TOLERANCE = 1e-12;

    private LongOnlyMinimumVariance() {
    }

    /** The minimising v: non-negative, summing to 1. */
    static double[] solve(double[][] c) {
        int n = c.length;
        double[] v = new double[n];
        boolean[] free = new boolean[n];
        if (n == 0) {
            return v;
        }
        int start = 0;
        double largestDiagonal = 0;
        for (int i = 0; i < n; i++) {
            start = c[i][i] < c[start][start] ? i : start;
            largestDiagonal = Math.max(largestDiagonal, c[i][i]);
        }
        v[start] = 1;
        free[start] = true;
        int maxIterations = 10 * n + 10;
        for (int iteration = 0; iteration < maxIterations; iteration++) {
            int[] held = indices(free);
            double[] x;
            try {
                x = equalityOptimum(c, held);
            } catch (IllegalStateException singular) {
                throw new IllegalStateException("the long-only minimum-variance solver stopped after " + iteration + " active-set steps for "
                        + n + " names: " + singular.getMessage() + "; is the matrix positive semi-definite?", singular);
            }
            if (!stepToward(v, free, held, x)) {
                double[] gradient = Matrices.multiply(c, v);
                double lambda = Matrices.dot(v, gradient);
                int entering = -1;
                double mostNegative = -TOLERANCE * largestDiagonal;
                for (int j = 0; j < n; j++) {
                    if (!free[j] && gradient[j] - lambda < mostNegative) {
                        mostNegative = gradient[j] - lambda;
                        entering = j;
                    }
                }
                if (entering < 0) {
                    return v;
                }
                free[entering] = true;
            }
        }
        throw new IllegalStateException("the long-only minimum-variance solver did not finish in " + maxIterations + " active-set steps for "
                + n + " names; is the matrix positive semi-definite?");
    }

    /** The free names, in order. */
    private static int[] indices(boolean[] free) {
        int[] held = new int[free.length];
        int count = 0;
        for (int i = 0; i < free.length; i++) {
            if (free[i]) {
                held[count++] = i;
            }
        }
        return Arrays.copyOf(held, count);
    }

    /** x on the held names minimising x'C_FF x subject to sum x = 1: the KKT system [C_FF 1; 1' 0] [x; -λ] = [0; 1]. */
    private static double[] equalityOptimum(double[][] c, int[] held) {
        int m = held.length;
        double[][] kkt = new double[m + 1][m + 1];
        double[] rightSide = new double[m + 1];
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                kkt[a][b] = c[held[a]][held[b]];
            }
            kkt[a][m] = 1;
            kkt[m][a] = 1;
        }
        rightSide[m] = 1;
        return Arrays.copyOf(Matrices.solve(kkt, rightSide), m);
    }

    /**
     * Moves v toward x (given on the held names) as far as v stays non-negative, in place. Returns true when
     * a name reached 0 on the way and was dropped, false when v reached x.
     */
    private static boolean stepToward(double[] v, boolean[] free, int[] held, double[] x) {
        double length = 1;
        int blocking = -1;
        for (int a = 0; a < held.length; a++) {
            double current = v[held[a]];
            if (x[a] < 0 && current / (current - x[a]) < length) {
                length = current / (current - x[a]);
                blocking = held[a];
            }
        }
        for (int a = 0; a < held.length; a++) {
            int i = held[a];
            v[i] = Math.max(0, v[i] + length * (x[a] - v[i]));
        }
        if (blocking < 0) {
            return false;
        }
        v[blocking] = 0;
        free[blocking] = false;
        return true;
    }
}
