package io.kairos.portfolio;

/**
 * One name of a rebalance: a holding after it, or one sold out of.
 *
 * @param alpha       the ranking value (NaN for a prior holding no longer scored)
 * @param probability the calibrated probability (NaN when there is none)
 */
public record PickRow(String ticker, String sector, double weight, double alpha, double probability, double volatility,
        double adv, double priorWeight) {

    public double change() {
        return weight - priorWeight;
    }
}
