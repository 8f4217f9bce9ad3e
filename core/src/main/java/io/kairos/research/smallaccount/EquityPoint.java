package io.kairos.research.smallaccount;

import java.time.LocalDate;

/**
 * The account at one close.
 *
 * @param peak     the running peak of end-of-day equity the drawdown is measured from
 * @param drawdown 1 - equity / peak
 */
public record EquityPoint(LocalDate date, double cash, double equity, double peak, double drawdown, int positions) {
}
