package io.kairos.backtest.metrics;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The daily points as arrays: the date and equity of every close, and the simple returns between consecutive
 * closes. There is one return fewer than closes, since the first close has none: return {@code i} is the session
 * that ends at close {@code i + 1}, for the portfolio (equity over the previous close's, less 1) and the benchmark
 * (that point's benchmark return).
 */
public final class ReturnSeries {

    private final LocalDate[] dates;
    private final double[] equity;
    private final double[] portfolio;
    private final double[] benchmark;

    private ReturnSeries(LocalDate[] dates, double[] equity, double[] portfolio, double[] benchmark) {
        this.dates = dates;
        this.equity = equity;
        this.portfolio = portfolio;
        this.benchmark = benchmark;
    }

    /** The points must be at least one, in strictly increasing date order. */
    public static ReturnSeries of(List<DailyPoint> points) {
        if (points == null || points.isEmpty()) {
            throw new IllegalArgumentException("the metrics need at least one daily point");
        }
        int n = points.size();
        LocalDate[] dates = new LocalDate[n];
        double[] equity = new double[n];
        double[] portfolio = new double[n - 1];
        double[] benchmark = new double[n - 1];
        for (int i = 0; i < n; i++) {
            DailyPoint point = points.get(i);
            dates[i] = point.date();
            equity[i] = point.equity();
            if (i > 0) {
                if (!dates[i].isAfter(dates[i - 1])) {
                    throw new IllegalArgumentException("daily point " + i + " on " + dates[i] + " does not follow "
                            + dates[i - 1]);
                }
                portfolio[i - 1] = equity[i] / equity[i - 1] - 1;
                benchmark[i - 1] = point.benchmarkReturn();
            }
        }
        return new ReturnSeries(dates, equity, portfolio, benchmark);
    }

    /** The number of closes. */
    public int sessions() {
        return dates.length;
    }

    public LocalDate date(int close) {
        return dates[close];
    }

    public double[] equity() {
        return equity.clone();
    }

    public double[] portfolio() {
        return portfolio.clone();
    }

    public double[] benchmark() {
        return benchmark.clone();
    }

    /** The portfolio's return less the benchmark's, session by session. */
    public double[] active() {
        double[] active = new double[portfolio.length];
        for (int i = 0; i < active.length; i++) {
            active[i] = portfolio[i] - benchmark[i];
        }
        return active;
    }

    /** Closes {@code from} to {@code to}, both included, with the returns between them. */
    ReturnSeries slice(int from, int to) {
        return new ReturnSeries(Arrays.copyOfRange(dates, from, to + 1),
                Arrays.copyOfRange(equity, from, to + 1), Arrays.copyOfRange(portfolio, from, to),
                Arrays.copyOfRange(benchmark, from, to));
    }
}
