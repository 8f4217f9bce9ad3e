package io.kairos.risk;

/**
 * The Ledoit-Wolf (2004) shrunk covariance of daily returns, as scikit-learn's {@code LedoitWolf} computes
 * it: the sample covariance S of the demeaned returns x_t (divided by T), shrunk toward mu I, mu = trace(S) / n:
 * <pre>
 *   shrunk = (1 - delta) S + delta mu I
 *   d^2    = ||S - mu I||_F^2 / n
 *   b^2    = min(d^2, (1 / T^2) Σ_t ||x_t x_t' - S||_F^2 / n)
 *   delta  = b^2 / d^2   (0 when b^2 = 0)
 * </pre>
 * The sum over t is computed in one pass as Σ_t (Σ_i x_ti^2)^2 - T ||S||_F^2, since Σ_t x_t x_t' = T S.
 * Shrinking keeps the trace and, when delta &gt; 0, makes the matrix positive definite even when S is
 * singular (fewer days than names, or two identical names). The result is a covariance of daily returns:
 * multiply by 252 to annualise.
 */
public final class LedoitWolf {

    /**
     * @param covariance the shrunk covariance, n x n
     * @param intensity  delta, in [0, 1]: 0 keeps the sample covariance, 1 gives mu I
     */
    public record Shrunk(double[][] covariance, double intensity) {
    }

    private LedoitWolf() {
    }

    /** The shrunk covariance of {@code returns} (T rows of n daily returns, T &gt;= 2, no missing values). */
    public static double[][] covariance(double[][] returns) {
        return shrink(returns).covariance();
    }

    /** The shrunk covariance of {@code returns} (T rows of n daily returns, T &gt;= 2, no missing values) and its intensity. */
    public static Shrunk shrink(double[][] returns) {
        double[][] x = demeaned(returns);
        int t = x.length;
        int n = x[0].length;
        double[][] s = new double[n][n];
        double sumOfSquaredNorms = 0;
        for (double[] row : x) {
            double squaredNorm = 0;
            for (int i = 0; i < n; i++) {
                double xi = row[i];
                squaredNorm += xi * xi;
                double[] si = s[i];
                for (int j = i; j < n; j++) {
                    si[j] += xi * row[j];
                }
            }
            sumOfSquaredNorms += squaredNorm * squaredNorm;
        }
        double trace = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                s[i][j] /= t;
                s[j][i] = s[i][j];
            }
            trace += s[i][i];
        }
        double mu = trace / n;
        double squaredFrobenius = 0;
        double d2 = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double off = s[i][j] - (i == j ? mu : 0);
                squaredFrobenius += s[i][j] * s[i][j];
                d2 += off * off;
            }
        }
        d2 /= n;
        double b2 = Math.max(0, Math.min(d2, (sumOfSquaredNorms - t * squaredFrobenius) / ((double) t * t * n)));
        double intensity = b2 == 0 ? 0 : b2 / d2;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                s[i][j] *= 1 - intensity;
            }
            s[i][i] += intensity * mu;
        }
        return new Shrunk(s, intensity);
    }

    /** The returns less each column's mean, after checking they form a T x n table (T &gt;= 2, n &gt;= 1) of finite numbers. */
    private static double[][] demeaned(double[][] returns) {
        int t = returns.length;
        if (t < 2 || returns[0].length == 0) {
            throw new IllegalArgumentException("the returns have " + t + " rows of " + (t == 0 ? 0 : returns[0].length)
                    + " columns; the covariance needs at least 2 rows (days) and 1 column (name)");
        }
        int n = returns[0].length;
        double[] sum = new double[n];
        for (int r = 0; r < t; r++) {
            if (returns[r].length != n) {
                throw new IllegalArgumentException("returns row " + r + " has " + returns[r].length + " columns; row 0 has " + n);
            }
            for (int c = 0; c < n; c++) {
                if (!Double.isFinite(returns[r][c])) {
                    throw new IllegalArgumentException("return at row " + r + ", column " + c + " is " + returns[r][c]
                            + "; the returns must have no missing or infinite values");
                }
                sum[c] += returns[r][c];
            }
        }
        double[][] x = new double[t][n];
        for (int r = 0; r < t; r++) {
            for (int c = 0; c < n; c++) {
                x[r][c] = returns[r][c] - sum[c] / t;
            }
        }
        return x;
    }
}
