package io.kairos.backtest;

import io.kairos.backtest.metrics.BacktestMetrics;
import io.kairos.backtest.replay.ReplayResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * A finished backtest.
 *
 * @param sectors        each ticker's sector (for the exposure chart); a ticker without one is "unknown"
 * @param walkForward    the metrics of each refit window
 */
public record BacktestOutcome(BacktestRequest request, SortedMap<LocalDate, Map<String, Double>> targets, ReplayResult replay,
        BacktestMetrics metrics, List<WindowMetrics> walkForward, Map<String, String> sectors) {
}
