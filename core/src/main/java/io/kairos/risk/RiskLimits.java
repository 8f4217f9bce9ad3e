package io.kairos.risk;

import java.math.BigDecimal;

/**
 * The limits every order is checked against before it reaches the broker, and the losses that trip the
 * kill switch. Set in {@code config/risk.yaml} (section {@code risk.} of the configuration); fractions
 * are of account equity: 0.10 is 10%.
 *
 * @param maxPositionPct        largest value of one position after the order
 * @param maxPortfolioPositions most positions held after the order (a rebalance may raise it to its number of picks)
 * @param maxSectorExposure     largest value of one sector's positions after the order
 * @param maxPriceAgeSessions   most NYSE sessions from the reference price's date to the trading date
 * @param maxDailyLossPct       a loss since the previous close beyond this trips the kill switch
 * @param maxDrawdownPct        a fall from the recorded equity peak beyond this trips the kill switch
 */
public record RiskLimits(BigDecimal maxPositionPct, int maxPortfolioPositions, BigDecimal maxSectorExposure,
        int maxPriceAgeSessions, BigDecimal maxDailyLossPct, BigDecimal maxDrawdownPct) {

    /**
     * 10% per name and 20 names: a diversified book where one name's collapse costs at most a tenth; 40% per
     * sector; a price at most 2 sessions old (the previous close, or one missed download); a 5% day or a
     * 15% drawdown stops trading until a person has looked.
     */
    public static final RiskLimits DEFAULTS = new RiskLimits(new BigDecimal("0.10"), 20, new BigDecimal("0.40"), 2,
            new BigDecimal("0.05"), new BigDecimal("0.15"));

    public RiskLimits {
        requireFraction("max_position_pct", maxPositionPct);
        requireFraction("max_sector_exposure", maxSectorExposure);
        requireFraction("max_daily_loss_pct", maxDailyLossPct);
        requireFraction("max_drawdown_pct", maxDrawdownPct);
        if (maxPortfolioPositions < 1) {
            throw new IllegalArgumentException("max_portfolio_positions must be at least 1, got " + maxPortfolioPositions);
        }
        if (maxPriceAgeSessions < 0) {
            throw new IllegalArgumentException("max_price_age_sessions must be 0 or more, got " + maxPriceAgeSessions);
        }
    }

    private static void requireFraction(String name, BigDecimal value) {
        if (value == null || value.signum() <= 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(name + " must be above 0 and at most 1, got " + value);
        }
    }
}
