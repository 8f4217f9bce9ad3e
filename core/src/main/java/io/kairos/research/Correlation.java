package io.kairos.research;

import java.time.LocalDate;

/**
 * The Pearson correlation of two equity series' daily returns on the dates they share: both are cut to the shared
 * dates, then {@code r_t = v_t / v_(t-1) - 1} between consecutive shared dates, then
 * {@code cov(a, b) / (sd(a) sd(b))} (the 1/n factors cancel). When one series does not move there (a deviation of 0)
 * the covariance is 0 and so is the correlation.
 *
 * @param returns how many daily returns it was measured on
 */
public record Correlation(double value, int returns) {

    public static Correlation between(EquitySeries a, EquitySeries b) {
        LocalDate[] shared = a.sharedDates(b);
        return of(EquitySeries.returns(a.valuesOn(shared)), EquitySeries.returns(b.valuesOn(shared)));
    }

    /** Pearson's r of two equally long return arrays. */
    static Correlation of(double[] a, double[] b) {
        int n = a.length;
        double meanA = 0;
        double meanB = 0;
        for (int i = 0; i < n; i++) {
            meanA += a[i] / n;
            meanB += b[i] / n;
        }
        double cross = 0;
        double squaresA = 0;
        double squaresB = 0;
        for (int i = 0; i < n; i++) {
            cross += (a[i] - meanA) * (b[i] - meanB);
            squaresA += (a[i] - meanA) * (a[i] - meanA);
            squaresB += (b[i] - meanB) * (b[i] - meanB);
        }
        return new Correlation(squaresA > 0 && squaresB > 0 ? cross / Math.sqrt(squaresA * squaresB) : 0, n);
    }
}
