package io.kairos.research;

import java.time.LocalDate;
import java.util.List;

/**
 * The daily returns of an end-of-bar value series ({@code v[t] / v[t-1] - 1}, dated by bar t), and the Pearson
 * correlation of two such series over the dates they share: how alike two strategy runs behave.
 */
public final class DailyReturns {

    private final long[] days;
    private final double[] returns;

    private DailyReturns(long[] days, double[] returns) {
        this.days = days;
        this.returns = returns;
    }

    /** The returns of {@code values}, dated by {@code dates} (ascending, one per value). */
    public static DailyReturns of(List<LocalDate> dates, double[] values) {
        if (dates.size() != values.length) {
            throw new IllegalArgumentException(dates.size() + " dates for " + values.length + " values");
        }
        int n = Math.max(0, values.length - 1);
        long[] days = new long[n];
        double[] returns = new double[n];
        for (int t = 1; t < values.length; t++) {
            days[t - 1] = dates.get(t).toEpochDay();
            returns[t - 1] = values[t] / values[t - 1] - 1;
        }
        return new DailyReturns(days, returns);
    }

    public int size() {
        return returns.length;
    }

    /** The return dated {@code i}-th (0 is the second bar's). */
    public double at(int i) {
        return returns[i];
    }

    /**
     * Pearson's correlation over the dates both series have; NaN with fewer than two shared dates or when either is
     * flat there (a run that never traded correlates with nothing).
     */
    public double correlation(DailyReturns other) {
        double[] x = new double[Math.min(size(), other.size())];
        double[] y = new double[x.length];
        int n = 0;
        for (int i = 0, j = 0; i < days.length && j < other.days.length;) {
            if (days[i] == other.days[j]) {
                x[n] = returns[i++];
                y[n++] = other.returns[j++];
            } else if (days[i] < other.days[j]) {
                i++;
            } else {
                j++;
            }
        }
        if (n < 2) {
            return Double.NaN;
        }
        double meanX = 0;
        double meanY = 0;
        for (int k = 0; k < n; k++) {
            meanX += x[k];
            meanY += y[k];
        }
        meanX /= n;
        meanY /= n;
        double covariance = 0;
        double varianceX = 0;
        double varianceY = 0;
        for (int k = 0; k < n; k++) {
            double dx = x[k] - meanX;
            double dy = y[k] - meanY;
            covariance += dx * dy;
            varianceX += dx * dx;
            varianceY += dy * dy;
        }
        return varianceX == 0 || varianceY == 0 ? Double.NaN : covariance / Math.sqrt(varianceX * varianceY);
    }
}
