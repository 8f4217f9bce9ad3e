package io.kairos.risk;

/**
 * Fixed fractional sizing: each position is as large as it can be while losing {@code riskFraction} of
 * equity if its stop is hit.
 *
 * <p>Stand-alone: position value = riskFraction * equity / stopDistance, with the stop distance a fraction
 * of the price (0.08 for a stop 8% below the entry); for a long in whole shares, shares =
 * floor(riskFraction * equity / (entryPrice - stopPrice)). Risking 1% of 100,000 with a stop 8% below
 * gives a position of 12,500.
 *
 * <p>As a sizing method the stop of name i is {@code stopVols} daily standard deviations below the entry,
 * stopDistance_i = stopVols * vol_i / sqrt(252), and weight_i is proportional to riskFraction /
 * stopDistance_i. After normalisation that is inverse volatility; riskFraction and stopVols matter only
 * stand-alone, and in the check that every stop lies above a zero price.
 */
public final class FixedFractional implements SizingMethod {

    public static final String NAME = "fixed_fractional";
    private static final double SQRT_TRADING_DAYS = Math.sqrt(252);

    private final double riskFraction;
    private final double stopVols;

    /**
     * @param riskFraction the fraction of equity lost at a stop, in (0, 1], e.g. 0.01
     * @param stopVols     how many daily standard deviations below the entry the stop sits, positive, e.g. 2
     */
    public FixedFractional(double riskFraction, double stopVols) {
        this.riskFraction = SizingChecks.fraction("risk fraction", riskFraction);
        this.stopVols = SizingChecks.positive("stop distance in daily volatilities (stopVols)", stopVols);
    }

    /** riskFraction * equity / stopDistance: the position value that loses riskFraction * equity at the stop. */
    public static double positionValue(double equity, double riskFraction, double stopDistance) {
        SizingChecks.positive("equity", equity);
        SizingChecks.fraction("risk fraction", riskFraction);
        return riskFraction * equity / checkedStopDistance("stop distance", stopDistance);
    }

    /**
     * floor(riskFraction * equity / (entryPrice - stopPrice)): the most whole shares of a long whose loss at
     * the stop is at most riskFraction * equity.
     */
    public static long shares(double equity, double riskFraction, double entryPrice, double stopPrice) {
        SizingChecks.positive("equity", equity);
        SizingChecks.fraction("risk fraction", riskFraction);
        SizingChecks.positive("entry price", entryPrice);
        if (!(stopPrice >= 0 && stopPrice < entryPrice)) {
            throw new IllegalArgumentException("stop price is " + stopPrice + " and entry price " + entryPrice
                    + "; a long's stop must be below its entry and not negative");
        }
        return (long) Math.floor(riskFraction * equity / (entryPrice - stopPrice));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double[] weights(SizingInput input) {
        double[] weights = new double[input.size()];
        for (int i = 0; i < weights.length; i++) {
            double stopDistance = stopVols * SizingChecks.volatility(i, input.volatilities()[i]) / SQRT_TRADING_DAYS;
            String stop = "stop of name " + i + " (" + stopVols + " daily volatilities below)";
            weights[i] = positionValue(1, riskFraction, checkedStopDistance(stop, stopDistance));
        }
        return Weights.normalised(weights);
    }

    /** A stop distance as a fraction of the price must be in (0, 1): at 1 or more the stop is at or below zero. */
    private static double checkedStopDistance(String what, double stopDistance) {
        if (!(stopDistance > 0 && stopDistance < 1)) {
            throw new IllegalArgumentException(what + " is " + stopDistance
                    + " of the price; it must be in (0, 1), e.g. 0.08 for a stop 8% below the entry");
        }
        return stopDistance;
    }
}
