package io.kairos.backtest.metrics;

import java.time.LocalDate;

/**
 * What one rebalance traded and paid.
 *
 * @param turnover    one-sided: the sum of |traded value| over twice the equity before trading (0.5 when a book is
 *                    built from cash, 1 when every name is replaced)
 * @param tradedValue the sum of |traded value| of the rebalance's fills, in dollars
 * @param costDollars commission, half spread and impact of the rebalance's fills, in dollars
 */
public record RebalanceRecord(LocalDate date, double turnover, double tradedValue, double costDollars) {

    public RebalanceRecord {
        if (date == null) {
            throw new IllegalArgumentException("a rebalance record needs a date");
        }
        notNegative("turnover", turnover, date);
        notNegative("traded value", tradedValue, date);
        notNegative("cost", costDollars, date);
    }

    private static void notNegative(String what, double value, LocalDate date) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " of the rebalance on " + date + " must be finite and not negative, got "
                    + value);
        }
    }
}
