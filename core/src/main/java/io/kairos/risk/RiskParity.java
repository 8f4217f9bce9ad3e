package io.kairos.risk;

/**
 * Risk parity: the long-only weights whose risk contributions RC_i = w_i (Σ w)_i are all equal, with
 * sum w = 1. With a diagonal covariance, and for any two names whatever their correlation, that is
 * w_i proportional to 1 / σ_i: volatilities 0.1 and 0.3 give 0.75 and 0.25.
 *
 * <p>Solved by Newton's method on Spinu's (2013) convex formulation: y minimises
 * F(y) = (n / 2) y'Σy - Σ ln y_i over y &gt; 0, whose stationarity condition is y_i (Σ y)_i = 1 / n for
 * every i, so w = y / sum y has equal risk contributions. F is self-concordant, so the damped Newton step
 * y - Δ / (1 + λ), with Δ = H^-1 ∇F, H = n Σ + diag(1 / y_i^2) and λ = sqrt(∇F'Δ) the Newton decrement,
 * keeps y positive and converges from any start; once λ &lt;= 1/4 the full step converges quadratically.
 * It starts from inverse volatility scaled to y'Σy = 1 (the value at the solution) and stops when the
 * largest relative deviation of a risk contribution from their mean is below 1e-8.
 */
public final class RiskParity implements SizingMethod {

    public static final String NAME = "risk_parity";
    /** Largest relative deviation of a risk contribution from their mean at convergence. */
    private static final double TOLERANCE = 1e-8;
    private static final int MAX_ITERATIONS = 200;
    private static final double FULL_STEP_DECREMENT = 0.25;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double[] weights(SizingInput input) {
        return weights(input.covariance());
    }

    /** The equal-risk-contribution weights for this covariance (n x n, symmetric, positive semi-definite). */
    public static double[] weights(double[][] covariance) {
        double[] volatilities = SizingChecks.covariance(covariance);
        int n = volatilities.length;
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = 1 / volatilities[i];
        }
        double variance = Matrices.dot(y, Matrices.multiply(covariance, y));
        if (!(variance > 0)) {
            throw new IllegalArgumentException("the inverse-volatility portfolio has variance " + variance
                    + " under this covariance; it must be positive semi-definite with no riskless long portfolio");
        }
        for (int i = 0; i < n; i++) {
            y[i] /= Math.sqrt(variance);
        }
        for (int iteration = 0; ; iteration++) {
            double deviation = relativeDeviation(riskContributions(covariance, y));
            if (deviation < TOLERANCE) {
                return Weights.normalised(y);
            }
            if (iteration == MAX_ITERATIONS) {
                throw notConverged(iteration, deviation, new IllegalStateException("the limit of " + MAX_ITERATIONS + " steps was reached"));
            }
            try {
                newtonStep(covariance, y);
            } catch (IllegalStateException stuck) {
                throw notConverged(iteration, deviation, stuck);
            }
        }
    }

    private static IllegalStateException notConverged(int steps, double deviation, IllegalStateException why) {
        return new IllegalStateException("risk parity did not converge after " + steps + " Newton steps, with risk contributions up to "
                + deviation + " (relative) from their mean: " + why.getMessage() + "; is the covariance positive semi-definite?", why);
    }

    /** RC_i = w_i (Σ w)_i; they sum to the portfolio variance w'Σw. */
    public static double[] riskContributions(double[][] covariance, double[] weights) {
        double[] marginal = Matrices.multiply(covariance, weights);
        for (int i = 0; i < marginal.length; i++) {
            marginal[i] *= weights[i];
        }
        return marginal;
    }

    /**
     * max_i |RC_i - mean| / mean: 0 when all risk contributions are equal (and for no names), infinite when
     * their mean, the variance over n, is not positive (possible only for a matrix that is no covariance).
     */
    private static double relativeDeviation(double[] contributions) {
        double mean = 0;
        for (double contribution : contributions) {
            mean += contribution / contributions.length;
        }
        double largest = 0;
        for (double contribution : contributions) {
            largest = Math.max(largest, Math.abs(contribution - mean));
        }
        return contributions.length == 0 ? 0 : mean > 0 ? largest / mean : Double.POSITIVE_INFINITY;
    }

    /** One damped Newton step on F(y) = (n / 2) y'Σy - Σ ln y_i, in place; throws when H is not positive definite. */
    private static void newtonStep(double[][] covariance, double[] y) {
        int n = y.length;
        double[] gradient = Matrices.multiply(covariance, y);
        double[][] hessian = new double[n][n];
        for (int i = 0; i < n; i++) {
            gradient[i] = n * gradient[i] - 1 / y[i];
            for (int j = 0; j < n; j++) {
                hessian[i][j] = n * covariance[i][j];
            }
            hessian[i][i] += 1 / (y[i] * y[i]);
        }
        double[] step = Matrices.solve(hessian, gradient);
        double squaredDecrement = Matrices.dot(gradient, step);
        if (!(squaredDecrement >= 0)) {
            throw new IllegalStateException("the Newton system is not positive definite");
        }
        double decrement = Math.sqrt(squaredDecrement);
        double length = decrement > FULL_STEP_DECREMENT ? 1 / (1 + decrement) : 1;
        for (int i = 0; i < n; i++) {
            y[i] -= length * step[i];
        }
    }
}
