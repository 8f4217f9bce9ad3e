package io.kairos.portfolio;

/**
 * A name listed on the data date, as the rebalance sees it.
 *
 * @param sector      its GICS sector, or {@value #NO_SECTOR} when tickers has none
 * @param alpha       the ranking value (the configured alpha column), NaN when not scored
 * @param probability the calibrated probability, NaN when not calibrated
 * @param volatility  the configured volatility feature, NaN when undefined
 * @param adv         the configured dollar-volume feature, NaN when undefined
 */
record Candidate(String ticker, String sector, double alpha, double probability, double volatility, double adv) {

    static final String NO_SECTOR = "(no sector)";

    /** In the universe: liquid enough, with a volatility to size by and an alpha to rank by. */
    boolean eligible(double minAdv) {
        return adv >= minAdv && volatility > 0 && Double.isFinite(volatility) && Double.isFinite(alpha);
    }
}
