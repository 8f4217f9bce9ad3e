package io.kairos.backtest.metrics;

/**
 * One calendar year of a backtest. Its returns are those of the sessions in the year, the first one measured from
 * the previous year's last close; its drawdown runs from that close too.
 *
 * @param sharpe null with fewer than two returns in the year or returns without variance
 */
public record YearRow(int year, double portfolioReturn, double benchmarkReturn, double maxDrawdown, Double sharpe) {
}
