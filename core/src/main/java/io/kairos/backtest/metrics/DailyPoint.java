package io.kairos.backtest.metrics;

import java.time.LocalDate;

/**
 * The portfolio at one session's close, the input of every daily metric.
 *
 * @param equity          the portfolio's value at the close; positive
 * @param benchmarkReturn the benchmark's (equal-weighted universe's) simple return over this session; ignored on the
 *                        first day, which has no return (pass 0)
 * @param grossExposure   the sum of |position value| over the equity at the close: 1 fully invested long, 0 in cash
 */
public record DailyPoint(LocalDate date, double equity, double benchmarkReturn, double grossExposure) {

    public DailyPoint {
        if (date == null) {
            throw new IllegalArgumentException("a daily point needs a date");
        }
        if (!(equity > 0) || !Double.isFinite(equity)) {
            throw new IllegalArgumentException("equity on " + date + " must be positive and finite, got " + equity);
        }
        if (!(benchmarkReturn > -1) || !Double.isFinite(benchmarkReturn)) {
            throw new IllegalArgumentException("benchmark return on " + date + " must be finite and above -1, got "
                    + benchmarkReturn);
        }
        if (!(grossExposure >= 0) || !Double.isFinite(grossExposure)) {
            throw new IllegalArgumentException("gross exposure on " + date + " must be finite and not negative, got "
                    + grossExposure);
        }
    }
}
