package io.kairos.data.synthetic;

/**
 * The conditional variance of a GARCH(1,1) return series, sigma2(t+1) = omega + alpha e(t)^2 +
 * beta sigma2(t): a large shock raises the variance of the following days (volatility clustering).
 */
final class Garch {

    private final double omega;
    private final double alpha;
    private final double beta;
    private double variance;

    /** A series whose variance starts at, and reverts to, {@code longRunSd} squared. */
    Garch(double longRunSd, double alpha, double beta) {
        if (alpha < 0 || beta < 0 || alpha + beta >= 1) {
            throw new IllegalArgumentException("GARCH needs alpha, beta >= 0 and alpha + beta < 1");
        }
        this.alpha = alpha;
        this.beta = beta;
        this.variance = longRunSd * longRunSd;
        this.omega = variance * (1 - alpha - beta);
    }

    /** The standard deviation of today's shock. */
    double sd() {
        return Math.sqrt(variance);
    }

    /** Moves to the next day after today's shock {@code shock}. */
    void update(double shock) {
        variance = omega + alpha * shock * shock + beta * variance;
    }
}
