package io.kairos.risk;

/** Weights proportional to 1 / volatility: each name brings about the same stand-alone risk. */
public final class InverseVolatility implements SizingMethod {

    public static final String NAME = "inverse_vol";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double[] weights(SizingInput input) {
        double[] weights = new double[input.size()];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            double volatility = input.volatilities()[i];
            if (!(volatility > 0) || !Double.isFinite(volatility)) {
                throw new IllegalArgumentException("volatility of name " + i + " is " + volatility + "; it must be positive");
            }
            weights[i] = 1 / volatility;
            sum += weights[i];
        }
        for (int i = 0; i < weights.length; i++) {
            weights[i] /= sum;
        }
        return weights;
    }
}
