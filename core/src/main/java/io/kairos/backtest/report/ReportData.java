package io.kairos.backtest.report;

import io.kairos.backtest.metrics.BacktestMetrics;
import io.kairos.backtest.metrics.DailyPoint;
import io.kairos.backtest.metrics.RebalanceRecord;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;

/**
 * What the backtest report shows.
 *
 * @param sectorExposure by date, each sector's gross position value over equity at that close
 */
public record ReportData(String title, List<DailyPoint> points, List<RebalanceRecord> rebalances,
        SortedMap<LocalDate, SortedMap<String, Double>> sectorExposure, BacktestMetrics metrics) {
}
