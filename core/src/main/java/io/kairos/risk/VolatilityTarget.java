package io.kairos.risk;

/**
 * Volatility targeting per name: hold each name at the exposure that gives it the target volatility.
 *
 * <p>Stand-alone this is an absolute exposure: weight = min(target / vol, maxWeight), so a name of 40%
 * volatility held for a 20% target is at 0.5 of equity, one of 10% volatility at 2.0 unless capped. That
 * differs from {@code inverse_vol}, which only gives relative weights.
 *
 * <p>As a sizing method weight_i is proportional to target / vol_i, uncapped; after normalisation that is
 * exactly inverse volatility (the target cancels). The rebalance then scales the whole book to its own
 * volatility target and caps each name.
 */
public final class VolatilityTarget implements SizingMethod {

    public static final String NAME = "vol_target";

    private final double targetVolatility;

    /** @param targetVolatility each name's annualised volatility target, positive, e.g. 0.25 */
    public VolatilityTarget(double targetVolatility) {
        this.targetVolatility = SizingChecks.positive("target volatility", targetVolatility);
    }

    /** min(targetVolatility / volatility, maxWeight): the fraction of equity held in a name of this volatility. */
    public static double weight(double volatility, double targetVolatility, double maxWeight) {
        SizingChecks.positive("volatility", volatility);
        SizingChecks.positive("target volatility", targetVolatility);
        if (!(maxWeight > 0)) {
            throw new IllegalArgumentException("maximum weight is " + maxWeight + "; it must be positive (infinite for no cap)");
        }
        return Math.min(targetVolatility / volatility, maxWeight);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double[] weights(SizingInput input) {
        double[] weights = new double[input.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = weight(SizingChecks.volatility(i, input.volatilities()[i]), targetVolatility, Double.POSITIVE_INFINITY);
        }
        return Weights.normalised(weights);
    }
}
