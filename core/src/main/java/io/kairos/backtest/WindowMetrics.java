package io.kairos.backtest;

import io.kairos.backtest.metrics.BacktestMetrics;

/** The walk-forward summary: one refit window's model and how the portfolio did while it was used. */
public record WindowMetrics(RefitWindow window, BacktestMetrics metrics) {
}
