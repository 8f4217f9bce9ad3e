package io.kairos.risk;

/**
 * The parameters of the sizing methods that take any. Each is checked when the settings are built (by
 * the method it belongs to), whichever method is chosen, so a bad value is reported when the
 * configuration is read.
 *
 * @param riskFraction       fixed_fractional: the fraction of equity lost at a stop, in (0, 1]
 * @param stopVols           fixed_fractional: how many daily standard deviations below the entry the stop sits, positive
 * @param kellyPayoff        kelly and bayesian_kelly: b, the average win over the average loss, positive
 * @param kellyFraction      kelly: the part of the Kelly fraction bet stand-alone, in (0, 1]
 * @param bayesPriorStrength bayesian_kelly: how many observations a calibrated probability is worth, positive
 * @param targetVolatility   vol_target: the annualised volatility each name's position has stand-alone, positive
 */
public record SizingSettings(double riskFraction, double stopVols, double kellyPayoff, double kellyFraction, double bayesPriorStrength,
                             double targetVolatility) {

    /**
     * riskFraction 0.01: lose 1% of equity at a stop, the usual rule of thumb. stopVols 2: the stop two daily
     * standard deviations below, outside most days' noise. kellyPayoff 1: the model predicts beating the
     * cross-sectional median, a bet whose wins and losses are about the same size. kellyFraction 0.5: half
     * Kelly, three quarters of the growth for half the volatility, and less harm from an overstated edge.
     * bayesPriorStrength 50: a calibrated probability counts as 50 trades, so a 0.6 has a standard deviation
     * of sqrt(0.24 / 51) = 0.069. targetVolatility 0.25: about a typical large-cap stock's volatility, so such
     * a name is a full position of 1.0 stand-alone (the rebalance uses only the ratios).
     */
    public static final SizingSettings DEFAULTS = new SizingSettings(0.01, 2.0, 1.0, 0.5, 50, 0.25);

    public SizingSettings {
        new FixedFractional(riskFraction, stopVols);
        new Kelly(kellyPayoff, kellyFraction);
        new BayesianKelly(kellyPayoff, bayesPriorStrength);
        new VolatilityTarget(targetVolatility);
    }
}
