package io.kairos.backtest.metrics;

/**
 * The statistics of daily simple returns that the metrics share: sample moments, and the Sharpe and Sortino ratios
 * annualised with 252 sessions a year and a risk-free rate of 0. An undefined value is null, never NaN, so that a
 * report's JSON stays valid.
 */
final class ReturnStats {

    static final int SESSIONS_PER_YEAR = 252;
    static final double DAYS_PER_YEAR = 365.25;

    /**
     * Standard deviations below this are taken as 0: a constant daily return computed from equity values varies by
     * rounding noise near 1e-16, and dividing by that noise would give a Sharpe ratio in the trillions.
     */
    static final double NEGLIGIBLE = 1e-12;

    private static final double ROOT_YEAR = Math.sqrt(SESSIONS_PER_YEAR);

    private ReturnStats() {
    }

    static double mean(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        return sum / x.length;
    }

    /** Divides by n - 1; null with fewer than two values. */
    static Double sampleStdev(double[] x) {
        Double variance = sampleCovariance(x, x);
        if (variance == null) {
            return null;
        }
        double stdev = Math.sqrt(variance);
        return stdev < NEGLIGIBLE ? 0.0 : stdev;
    }

    /** Divides by n - 1; null with fewer than two values. */
    static Double sampleCovariance(double[] x, double[] y) {
        if (x.length < 2) {
            return null;
        }
        double meanX = mean(x);
        double meanY = mean(y);
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += (x[i] - meanX) * (y[i] - meanY);
        }
        return sum / (x.length - 1);
    }

    /** The sample standard deviation times sqrt(252). */
    static Double annualVolatility(double[] returns) {
        Double stdev = sampleStdev(returns);
        return stdev == null ? null : stdev * ROOT_YEAR;
    }

    /** Mean over sample standard deviation, times sqrt(252). */
    static Double sharpe(double[] returns) {
        return returns.length < 2 ? null : annualisedRatio(mean(returns), sampleStdev(returns));
    }

    /**
     * Mean over the downside deviation, times sqrt(252). The downside deviation is sqrt(mean of min(r, 0)^2) over
     * every day, gains counting as 0, so that a few losses among many gains give a small deviation, not the spread
     * of the losses alone.
     */
    static Double sortino(double[] returns) {
        if (returns.length < 2) {
            return null;
        }
        double sum = 0;
        for (double r : returns) {
            double loss = Math.min(r, 0);
            sum += loss * loss;
        }
        double downside = Math.sqrt(sum / returns.length);
        return annualisedRatio(mean(returns), downside < NEGLIGIBLE ? 0.0 : downside);
    }

    /** Sample covariance with the benchmark over the benchmark's sample variance. */
    static Double beta(double[] returns, double[] benchmark) {
        Double stdev = sampleStdev(benchmark);
        return stdev == null || stdev == 0 ? null : sampleCovariance(returns, benchmark) / (stdev * stdev);
    }

    /** The product of (1 + r), less 1; 0 without returns. */
    static double compound(double[] returns) {
        double growth = 1;
        for (double r : returns) {
            growth *= 1 + r;
        }
        return growth - 1;
    }

    /** (1 + total)^(365.25 / days) - 1; null over 0 calendar days. */
    static Double annualise(double totalReturn, long calendarDays) {
        return calendarDays > 0 ? Math.pow(1 + totalReturn, DAYS_PER_YEAR / calendarDays) - 1 : null;
    }

    private static Double annualisedRatio(double mean, Double deviation) {
        return deviation == null || deviation == 0 ? null : mean / deviation * ROOT_YEAR;
    }
}
