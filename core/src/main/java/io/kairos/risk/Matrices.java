package io.kairos.risk;

/** The few dense linear-algebra steps the sizing solvers need, on plain arrays. */
final class Matrices {

    /** A pivot this small relative to the largest entry of the matrix means the matrix is singular. */
    private static final double SINGULAR = 1e-14;

    private Matrices() {
    }

    /** a x, for a square or rectangular a with as many columns as x has entries. */
    static double[] multiply(double[][] a, double[] x) {
        double[] result = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            result[i] = dot(a[i], x);
        }
        return result;
    }

    /** x'y. */
    static double dot(double[] x, double[] y) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += x[i] * y[i];
        }
        return sum;
    }

    /**
     * The solution x of a x = b by Gaussian elimination with partial pivoting; a and b are left unchanged.
     *
     * @throws IllegalStateException when a is singular (to rounding)
     */
    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][];
        double[] x = b.clone();
        double scale = 0;
        for (int i = 0; i < n; i++) {
            m[i] = a[i].clone();
            for (double value : m[i]) {
                scale = Math.max(scale, Math.abs(value));
            }
        }
        for (int k = 0; k < n; k++) {
            int pivot = k;
            for (int i = k + 1; i < n; i++) {
                if (Math.abs(m[i][k]) > Math.abs(m[pivot][k])) {
                    pivot = i;
                }
            }
            if (!(Math.abs(m[pivot][k]) > SINGULAR * scale)) {
                throw new IllegalStateException("a " + n + " x " + n + " linear system is singular at column " + k);
            }
            double[] row = m[pivot];
            m[pivot] = m[k];
            m[k] = row;
            double value = x[pivot];
            x[pivot] = x[k];
            x[k] = value;
            for (int i = k + 1; i < n; i++) {
                double factor = m[i][k] / m[k][k];
                if (factor != 0) {
                    for (int j = k; j < n; j++) {
                        m[i][j] -= factor * m[k][j];
                    }
                    x[i] -= factor * x[k];
                }
            }
        }
        for (int k = n - 1; k >= 0; k--) {
            double sum = x[k];
            for (int j = k + 1; j < n; j++) {
                sum -= m[k][j] * x[j];
            }
            x[k] = sum / m[k][k];
        }
        return x;
    }
}
