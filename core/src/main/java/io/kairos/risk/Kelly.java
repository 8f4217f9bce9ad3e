package io.kairos.risk;

/**
 * The Kelly criterion for a bet that wins {@code payoff} times what it loses: the fraction of equity that
 * maximises the expected log growth, f = p - (1 - p) / b, floored at 0 (no edge, no bet). With p = 0.6
 * and b = 1, f = 0.6 - 0.4 = 0.2.
 *
 * <p>As a sizing method name i's win probability is its calibrated probability p_i and weight_i is
 * proportional to fractionOfKelly * max(0, p_i - (1 - p_i) / b); all weights are zero when no name has an
 * edge. The fraction of Kelly cancels in the normalisation: it matters only stand-alone, in
 * {@link #fractionOfEquity(double)}.
 */
public final class Kelly implements SizingMethod {

    public static final String NAME = "kelly";

    private final double payoff;
    private final double fractionOfKelly;

    /**
     * @param payoff          b, the average win divided by the average loss, positive
     * @param fractionOfKelly the part of the Kelly fraction bet, in (0, 1], e.g. 0.5 for "half Kelly"
     */
    public Kelly(double payoff, double fractionOfKelly) {
        this.payoff = SizingChecks.positive("Kelly payoff", payoff);
        this.fractionOfKelly = SizingChecks.fraction("fraction of Kelly", fractionOfKelly);
    }

    /** max(0, p - (1 - p) / b) for win probability p in [0, 1] and payoff b > 0. */
    public static double fraction(double winProbability, double payoff) {
        SizingChecks.probability("win probability", winProbability);
        SizingChecks.positive("Kelly payoff", payoff);
        return Math.max(0, winProbability - (1 - winProbability) / payoff);
    }

    /** fractionOfKelly * fraction(winProbability, payoff): the fraction of equity to bet. */
    public double fractionOfEquity(double winProbability) {
        return fractionOfKelly * fraction(winProbability, payoff);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double[] weights(SizingInput input) {
        double[] weights = new double[input.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = fractionOfEquity(SizingChecks.probability(i, input.probabilities()[i]));
        }
        return Weights.normalised(weights);
    }
}
