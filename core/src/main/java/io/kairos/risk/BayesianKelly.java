package io.kairos.risk;

/**
 * Kelly betting that shrinks the Kelly fraction by the uncertainty of the estimated win rate and payoff.
 *
 * <p>The win rate p has a Beta(alpha, beta) posterior: mean E[p] = alpha / (alpha + beta), variance
 * Var[p] = alpha beta / ((alpha + beta)^2 (alpha + beta + 1)). The payoff b (average win over average
 * loss) has an estimate E[b] and a variance Var[b], and is taken independent of p. The edge per unit lost
 * is e = p b - (1 - p) = p (b + 1) - 1, so
 * <pre>
 *   E[e]   = E[p] (E[b] + 1) - 1
 *   Var[e] = Var[p (b + 1)] = Var[p] Var[b] + Var[p] (E[b] + 1)^2 + Var[b] E[p]^2
 *   f      = max(0, E[e] / E[b])                      (the Kelly fraction at the means, {@link Kelly#fraction})
 *   f*     = f E[e]^2 / (E[e]^2 + Var[e])             (the shrunk fraction; 0 when f is 0)
 * </pre>
 * The factor E[e]^2 / (E[e]^2 + Var[e]) is 1 when the edge is known and falls toward 0 as its standard
 * deviation grows past its mean. With 6 wins of +2% and 4 losses of -1% and a Beta(1, 1) prior:
 * p ~ Beta(7, 5), b = 2 exactly, E[e] = 0.75, Var[e] = 35/208, f = 0.375, f* = 351/1216 = 0.289.
 *
 * <p>As a sizing method (the rebalance keeps no record of each name's outcomes) name i's win rate has the
 * posterior Beta(n p_i, n (1 - p_i)), with p_i its calibrated probability as the mean and n =
 * {@code priorStrength} pseudo-observations behind it (variance p_i (1 - p_i) / (n + 1); a point mass at
 * p_i = 0 or 1), and the payoff is the configured b, taken as known (Var[b] = 0). weight_i is proportional
 * to f*_i; all weights are zero when no name has an edge.
 */
public final class BayesianKelly implements SizingMethod {

    public static final String NAME = "bayesian_kelly";

    private final double payoff;
    private final double priorStrength;

    /**
     * The posterior and the fractions it gives.
     *
     * @param alpha           the Beta posterior's first parameter (prior wins + wins)
     * @param beta            the Beta posterior's second parameter (prior losses + losses)
     * @param winRate         E[p]
     * @param winRateVariance Var[p]
     * @param payoff          E[b]
     * @param payoffVariance  Var[b]
     * @param edge            E[e], the expected gain per unit lost
     * @param edgeVariance    Var[e]
     * @param kellyFraction   f = max(0, E[e] / E[b])
     * @param shrunkFraction  f* = f E[e]^2 / (E[e]^2 + Var[e])
     */
    public record Estimate(double alpha, double beta, double winRate, double winRateVariance, double payoff, double payoffVariance,
                           double edge, double edgeVariance, double kellyFraction, double shrunkFraction) {
    }

    /**
     * @param payoff        b, the average win divided by the average loss, positive
     * @param priorStrength n, how many observations a calibrated probability is worth, positive, e.g. 50
     */
    public BayesianKelly(double payoff, double priorStrength) {
        this.payoff = SizingChecks.positive("Bayesian Kelly payoff", payoff);
        this.priorStrength = SizingChecks.positive("Bayesian Kelly prior strength", priorStrength);
    }

    /** {@link #fromOutcomes(double[], double, double)} with the uniform prior Beta(1, 1). */
    public static Estimate fromOutcomes(double[] tradeReturns) {
        return fromOutcomes(tradeReturns, 1, 1);
    }

    /**
     * The estimate from a record of trade returns: wins are returns above 0, losses returns below 0 (zeros
     * are neither). The win rate's posterior is Beta(priorWins + wins, priorLosses + losses). The payoff is
     * b = m_w / m_l, the mean win over the mean absolute loss, with the delta-method variance
     * Var[b] = b^2 (s_w^2 / (n_w m_w^2) + s_l^2 / (n_l m_l^2)), s^2 the sample variances (divided by n - 1)
     * of the n_w wins and the n_l absolute losses; so the record needs at least 2 of each.
     */
    public static Estimate fromOutcomes(double[] tradeReturns, double priorWins, double priorLosses) {
        SizingChecks.nonNegative("prior wins", priorWins);
        SizingChecks.nonNegative("prior losses", priorLosses);
        Moments wins = new Moments();
        Moments losses = new Moments();
        for (int t = 0; t < tradeReturns.length; t++) {
            double r = tradeReturns[t];
            if (!Double.isFinite(r)) {
                throw new IllegalArgumentException("trade return " + t + " is " + r + "; it must be finite");
            }
            if (r > 0) {
                wins.add(r);
            } else if (r < 0) {
                losses.add(-r);
            }
        }
        if (wins.count < 2 || losses.count < 2) {
            throw new IllegalArgumentException("the record of " + tradeReturns.length + " trades has " + wins.count + " wins and "
                    + losses.count + " losses; the payoff and its variance need at least 2 of each");
        }
        double b = wins.mean() / losses.mean();
        double relativeVariance = wins.sampleVariance() / (wins.count * wins.mean() * wins.mean())
                + losses.sampleVariance() / (losses.count * losses.mean() * losses.mean());
        return estimate(priorWins + wins.count, priorLosses + losses.count, b, b * b * relativeVariance);
    }

    /**
     * The estimate for a win rate with posterior Beta(alpha, beta) (alpha, beta not negative, not both 0; a
     * point mass when one is 0) and a payoff with mean {@code payoff} (positive) and variance
     * {@code payoffVariance} (not negative), by the formulas of the class comment.
     */
    public static Estimate estimate(double alpha, double beta, double payoff, double payoffVariance) {
        SizingChecks.nonNegative("Beta posterior alpha", alpha);
        SizingChecks.nonNegative("Beta posterior beta", beta);
        SizingChecks.positive("Beta posterior alpha + beta", alpha + beta);
        SizingChecks.positive("payoff", payoff);
        SizingChecks.nonNegative("payoff variance", payoffVariance);
        double total = alpha + beta;
        double p = alpha / total;
        double pVariance = alpha * beta / (total * total * (total + 1));
        double edge = p * (payoff + 1) - 1;
        double edgeVariance = pVariance * payoffVariance + pVariance * (payoff + 1) * (payoff + 1) + payoffVariance * p * p;
        double kelly = Kelly.fraction(p, payoff);
        double shrunk = kelly == 0 ? 0 : kelly * edge * edge / (edge * edge + edgeVariance);
        return new Estimate(alpha, beta, p, pVariance, payoff, payoffVariance, edge, edgeVariance, kelly, shrunk);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double[] weights(SizingInput input) {
        double[] weights = new double[input.size()];
        for (int i = 0; i < weights.length; i++) {
            double p = SizingChecks.probability(i, input.probabilities()[i]);
            weights[i] = estimate(priorStrength * p, priorStrength * (1 - p), payoff, 0).shrunkFraction();
        }
        return Weights.normalised(weights);
    }

    /** Count, mean and sample variance of a stream of values (Welford's update). */
    private static final class Moments {
        private int count;
        private double mean;
        private double sumOfSquares;

        void add(double value) {
            count++;
            double delta = value - mean;
            mean += delta / count;
            sumOfSquares += delta * (value - mean);
        }

        double mean() {
            return mean;
        }

        double sampleVariance() {
            return sumOfSquares / (count - 1);
        }
    }
}
