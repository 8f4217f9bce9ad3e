package io.kairos.model;

import java.util.Arrays;
import java.util.Comparator;
import java.util.function.BiFunction;

/**
 * How well scores order the forward returns of the names on the same date, computed date by date and
 * averaged over the dates where it is defined. {@code dateStarts} marks the dates: the rows of date d are
 * {@code dateStarts[d]} to {@code dateStarts[d + 1] - 1}.
 */
final class CrossSectionMetrics {

    /** Deciles need at least one name in each. */
    static final int MIN_NAMES_FOR_DECILES = 10;

    private CrossSectionMetrics() {
    }

    /** The information coefficient: the Pearson correlation of score and forward return. */
    static double meanIc(double[] scores, double[] returns, int[] dateStarts) {
        return meanOverDates(scores, returns, dateStarts, CrossSectionMetrics::pearson);
    }

    /** The rank information coefficient: the Spearman correlation (Pearson of the ranks, ties averaged). */
    static double meanRankIc(double[] scores, double[] returns, int[] dateStarts) {
        return meanOverDates(scores, returns, dateStarts, (s, r) -> pearson(Ranks.average(s), Ranks.average(r)));
    }

    /**
     * The mean forward return of the top decile by score minus that of the bottom decile, each decile
     * {@code n / 10} names (ties in score broken by row order); dates with fewer than 10 names are skipped.
     */
    static double meanDecileSpread(double[] scores, double[] returns, int[] dateStarts) {
        return meanOverDates(scores, returns, dateStarts, CrossSectionMetrics::decileSpread);
    }

    private static double meanOverDates(double[] scores, double[] returns, int[] dateStarts,
            BiFunction<double[], double[], Double> perDate) {
        double sum = 0;
        int dates = 0;
        for (int d = 0; d + 1 < dateStarts.length; d++) {
            double value = perDate.apply(Arrays.copyOfRange(scores, dateStarts[d], dateStarts[d + 1]),
                    Arrays.copyOfRange(returns, dateStarts[d], dateStarts[d + 1]));
            if (Double.isFinite(value)) {
                sum += value;
                dates++;
            }
        }
        return dates == 0 ? Double.NaN : sum / dates;
    }

    /** NaN for fewer than two rows or a constant series. */
    static double pearson(double[] x, double[] y) {
        int n = x.length;
        if (n < 2) {
            return Double.NaN;
        }
        double meanX = Arrays.stream(x).average().orElseThrow();
        double meanY = Arrays.stream(y).average().orElseThrow();
        double covariance = 0;
        double varianceX = 0;
        double varianceY = 0;
        for (int i = 0; i < n; i++) {
            covariance += (x[i] - meanX) * (y[i] - meanY);
            varianceX += (x[i] - meanX) * (x[i] - meanX);
            varianceY += (y[i] - meanY) * (y[i] - meanY);
        }
        return varianceX == 0 || varianceY == 0 ? Double.NaN : covariance / Math.sqrt(varianceX * varianceY);
    }

    private static double decileSpread(double[] scores, double[] returns) {
        int n = scores.length;
        if (n < MIN_NAMES_FOR_DECILES) {
            return Double.NaN;
        }
        Integer[] byScore = new Integer[n];
        Arrays.setAll(byScore, i -> i);
        Arrays.sort(byScore, Comparator.comparingDouble(i -> scores[i]));
        int decile = n / 10;
        double bottom = 0;
        double top = 0;
        for (int i = 0; i < decile; i++) {
            bottom += returns[byScore[i]];
            top += returns[byScore[n - 1 - i]];
        }
        return (top - bottom) / decile;
    }
}
