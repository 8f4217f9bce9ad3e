package io.kairos.backtest.metrics;

import java.util.List;

/** The metrics of trades, rebalances and exposure: plain averages, null when there is nothing to average. */
final class TradingStats {

    private TradingStats() {
    }

    /** The share of closed trades with a profit; a trade at exactly 0 is not a win. */
    static Double hitRate(List<ClosedTrade> trades) {
        return trades.isEmpty() ? null : (double) trades.stream().filter(t -> t.pnl() > 0).count() / trades.size();
    }

    static Double averageHoldingSessions(List<ClosedTrade> trades) {
        return trades.isEmpty() ? null : trades.stream().mapToInt(ClosedTrade::sessionsHeld).average().orElseThrow();
    }

    static Double turnoverPerRebalance(List<RebalanceRecord> rebalances) {
        return rebalances.isEmpty() ? null : rebalances.stream().mapToDouble(RebalanceRecord::turnover).average().orElseThrow();
    }

    /**
     * All costs over all traded value, in basis points: weighted by value, so a large rebalance counts for more than
     * a small one, as it does in the returns. Null when nothing traded.
     */
    static Double averageCostBps(List<RebalanceRecord> rebalances) {
        double traded = rebalances.stream().mapToDouble(RebalanceRecord::tradedValue).sum();
        double costs = rebalances.stream().mapToDouble(RebalanceRecord::costDollars).sum();
        return traded > 0 ? costs / traded * 1e4 : null;
    }

    /** The mean over every close, the first included. */
    static double averageGrossExposure(List<DailyPoint> points) {
        return points.stream().mapToDouble(DailyPoint::grossExposure).average().orElseThrow();
    }
}
