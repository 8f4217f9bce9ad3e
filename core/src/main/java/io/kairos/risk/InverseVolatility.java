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
        for (int i = 0; i < weights.length; i++) {
            weights[i] = 1 / SizingChecks.volatility(i, input.volatilities()[i]);
        }
        return Weights.normalised(weights);
    }
}
