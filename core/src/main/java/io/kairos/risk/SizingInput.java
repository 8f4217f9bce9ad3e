package io.kairos.risk;

/**
 * What a sizing method may use about the names being sized, all in the same order.
 *
 * @param probabilities the calibrated probability that each name beats the cross-sectional median
 * @param volatilities  each name's annualised volatility (e.g. the feature vol_blend), positive
 * @param covariance    the annualised covariance of the names' daily returns (shrunk), n x n
 */
public record SizingInput(double[] probabilities, double[] volatilities, double[][] covariance) {

    public SizingInput {
        int n = probabilities.length;
        if (volatilities.length != n || covariance.length != n) {
            throw new IllegalArgumentException("sizing input of " + n + " names has " + volatilities.length + " volatilities and a "
                    + covariance.length + "-row covariance");
        }
    }

    public int size() {
        return probabilities.length;
    }
}
