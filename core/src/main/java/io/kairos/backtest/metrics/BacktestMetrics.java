package io.kairos.backtest.metrics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The performance of a backtest, as the report shows and writes it. Formulas and conventions are in
 * docs/METRICS.md: daily simple returns, 252 sessions a year, risk-free rate 0, sample standard deviations.
 * A value that is not defined (a ratio over zero variance, a statistic of fewer than two returns, an average of
 * nothing) is null rather than NaN, so that the JSON stays valid.
 *
 * @param sessions               the number of closes; the returns are one fewer
 * @param cagr                   by calendar days: (endEquity / startEquity)^(365.25 / days) - 1; null over 0 days
 * @param maxDrawdown            the deepest fall from the running high of equity, a positive fraction; 0 without one
 * @param maxDrawdownSessions    sessions from that drawdown's peak to its recovery, or to the last close if not
 *                               recovered; 0 without a drawdown
 * @param maxDrawdownPeak        null without a drawdown
 * @param maxDrawdownTrough      null without a drawdown
 * @param maxDrawdownRecovery    the first close back at the peak's equity; null when not recovered or no drawdown
 * @param calmar                 cagr / maxDrawdown; null without a drawdown
 * @param hitRate                null without closed trades
 * @param averageHoldingSessions null without closed trades
 * @param turnoverPerRebalance   the mean one-sided turnover; null without rebalances
 * @param averageCostBps         all costs over all traded value; null when nothing traded
 * @param beta                   null when the benchmark's returns have no variance
 * @param years                  one row per calendar year with a return
 */
public record BacktestMetrics(LocalDate start, LocalDate end, int sessions, double startEquity, double endEquity,
        double totalReturn, Double cagr, Double annualVolatility, Double sharpe, Double sortino, double maxDrawdown,
        int maxDrawdownSessions, LocalDate maxDrawdownPeak, LocalDate maxDrawdownTrough, LocalDate maxDrawdownRecovery,
        Double calmar, Double hitRate, Double averageHoldingSessions, Double turnoverPerRebalance, Double averageCostBps,
        double averageGrossExposure, Double beta, Double informationRatio, Double benchmarkCagr, List<YearRow> years) {

    public BacktestMetrics {
        years = List.copyOf(years);
    }

    /**
     * @param points     every session's close, in date order; at least one
     * @param rebalances every rebalance, none for an empty list
     * @param trades     every closed trade, none for an empty list
     */
    public static BacktestMetrics of(List<DailyPoint> points, List<RebalanceRecord> rebalances, List<ClosedTrade> trades) {
        if (rebalances == null || trades == null) {
            throw new IllegalArgumentException("the metrics need the lists of rebalances and closed trades (empty for none)");
        }
        ReturnSeries series = ReturnSeries.of(points);
        double[] equity = series.equity();
        double[] returns = series.portfolio();
        int last = series.sessions() - 1;
        long days = ChronoUnit.DAYS.between(series.date(0), series.date(last));
        double totalReturn = equity[last] / equity[0] - 1;
        Double cagr = ReturnStats.annualise(totalReturn, days);
        Drawdowns.Worst drawdown = Drawdowns.worst(equity);
        boolean hasDrawdown = drawdown.depth() > 0;
        boolean recovered = drawdown.recovery() != Drawdowns.Worst.NOT_RECOVERED;
        return new BacktestMetrics(series.date(0), series.date(last), series.sessions(), equity[0], equity[last],
                totalReturn, cagr, ReturnStats.annualVolatility(returns), ReturnStats.sharpe(returns),
                ReturnStats.sortino(returns), drawdown.depth(), drawdown.sessions(last),
                hasDrawdown ? series.date(drawdown.peak()) : null, hasDrawdown ? series.date(drawdown.trough()) : null,
                recovered ? series.date(drawdown.recovery()) : null,
                hasDrawdown && cagr != null ? cagr / drawdown.depth() : null, TradingStats.hitRate(trades),
                TradingStats.averageHoldingSessions(trades), TradingStats.turnoverPerRebalance(rebalances),
                TradingStats.averageCostBps(rebalances), TradingStats.averageGrossExposure(points),
                ReturnStats.beta(returns, series.benchmark()), ReturnStats.sharpe(series.active()),
                ReturnStats.annualise(ReturnStats.compound(series.benchmark()), days), YearTable.of(series));
    }
}
