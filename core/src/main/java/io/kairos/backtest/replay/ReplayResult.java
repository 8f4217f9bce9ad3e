package io.kairos.backtest.replay;

import io.kairos.backtest.metrics.ClosedTrade;
import io.kairos.backtest.metrics.DailyPoint;
import io.kairos.backtest.metrics.RebalanceRecord;
import java.util.List;

/**
 * What a replay did: the inputs of {@code BacktestMetrics.of(points, rebalances, trades)}, and the trades and
 * holdings behind them.
 *
 * @param points     one per session of the panel: equity, benchmark return and gross exposure at its close
 * @param cash       the cash at each close, in the order of {@code points}
 * @param rebalances one per rebalance date, with every fill of its orders (over several sessions when the
 *                   participation cap carried them over)
 * @param trades     the round trips closed during the replay; positions still open at the end are not among them
 * @param fills      every fill, by session, then in execution order (delisted holdings first, then sells, then buys,
 *                   each by ticker)
 * @param positions  every holding at every close, by session, then by ticker
 * @param tickerDays the panel's sessions times its tickers: the work the replay went through
 */
public record ReplayResult(List<DailyPoint> points, List<Double> cash, List<RebalanceRecord> rebalances, List<ClosedTrade> trades,
        List<ReplayFill> fills, List<ClosingPosition> positions, long tickerDays) {
}
