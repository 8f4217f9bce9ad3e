package io.kairos.backtest.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kairos.ops.Json;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The worked example of docs/METRICS.md, number for number, and the edge cases of its conventions. */
class BacktestMetricsTest {

    private static final double TOLERANCE = 1e-9;

    /** Monday 2024-03-04 to Monday 2024-03-11: six sessions, seven calendar days. */
    private static final List<DailyPoint> EXAMPLE = List.of(
            new DailyPoint(LocalDate.of(2024, 3, 4), 100, 0, 1.00),
            new DailyPoint(LocalDate.of(2024, 3, 5), 102, 0.01, 0.98),
            new DailyPoint(LocalDate.of(2024, 3, 6), 99, -0.02, 1.02),
            new DailyPoint(LocalDate.of(2024, 3, 7), 101, 0.01, 0.99),
            new DailyPoint(LocalDate.of(2024, 3, 8), 104, 0.02, 1.01),
            new DailyPoint(LocalDate.of(2024, 3, 11), 103, -0.01, 1.00));

    /** Built from cash on the first day; 15% turned over on 03-08 at 20 bps. */
    private static final List<RebalanceRecord> EXAMPLE_REBALANCES = List.of(
            new RebalanceRecord(LocalDate.of(2024, 3, 4), 0.5, 100, 0.10),
            new RebalanceRecord(LocalDate.of(2024, 3, 8), 0.15, 30.3, 0.0606));

    private static final List<ClosedTrade> EXAMPLE_TRADES = List.of(
            new ClosedTrade("AAA", LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 7), 3, 1.5),
            new ClosedTrade("BBB", LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 6), 2, -0.8),
            new ClosedTrade("CCC", LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 8), 4, 0.0));

    @Test
    void theWorkedExampleGivesTheNumbersOfTheDocument() {
        // Returns 2/100, -3/102, 2/99, 3/101, -1/104; benchmark 0.01, -0.02, 0.01, 0.02, -0.01.
        BacktestMetrics m = BacktestMetrics.of(EXAMPLE, EXAMPLE_REBALANCES, EXAMPLE_TRADES);
        assertEquals(LocalDate.of(2024, 3, 4), m.start());
        assertEquals(LocalDate.of(2024, 3, 11), m.end());
        assertEquals(6, m.sessions());
        assertEquals(100, m.startEquity());
        assertEquals(103, m.endEquity());
        assertEquals(0.03, m.totalReturn(), TOLERANCE);
        // 1.03^(365.25 / 7) - 1
        assertEquals(3.6754998373, m.cagr(), TOLERANCE);
        // mean 0.0061755682, sample stdev 0.0247851133
        assertEquals(0.3934514768, m.annualVolatility(), TOLERANCE);
        assertEquals(3.9553624457, m.sharpe(), TOLERANCE);
        // downside deviation sqrt(((3/102)^2 + (1/104)^2) / 5) = 0.0138384069
        assertEquals(7.0842046638, m.sortino(), TOLERANCE);
        // 102 on 03-05 down to 99 on 03-06, back above at 104 on 03-08
        assertEquals(3.0 / 102, m.maxDrawdown(), TOLERANCE);
        assertEquals(3, m.maxDrawdownSessions());
        assertEquals(LocalDate.of(2024, 3, 5), m.maxDrawdownPeak());
        assertEquals(LocalDate.of(2024, 3, 6), m.maxDrawdownTrough());
        assertEquals(LocalDate.of(2024, 3, 8), m.maxDrawdownRecovery());
        assertEquals(124.9669944696, m.calmar(), TOLERANCE);
        assertEquals(1.0 / 3, m.hitRate(), TOLERANCE);
        assertEquals(3.0, m.averageHoldingSessions(), TOLERANCE);
        assertEquals(0.325, m.turnoverPerRebalance(), TOLERANCE);
        // 0.1606 / 130.3 * 10^4
        assertEquals(12.3254029163, m.averageCostBps(), TOLERANCE);
        assertEquals(1.0, m.averageGrossExposure(), TOLERANCE);
        // covariance 0.0004046783 over variance 0.00027
        assertEquals(1.4988083943, m.beta(), TOLERANCE);
        // active mean 0.0041755682, sample stdev 0.0086570960
        assertEquals(7.6567351301, m.informationRatio(), TOLERANCE);
        // benchmark total 1.01 * 0.98 * 1.01 * 1.02 * 0.99 - 1 = 0.0094950404
        assertEquals(0.6373847873, m.benchmarkCagr(), TOLERANCE);
        assertEquals(1, m.years().size());
        YearRow year = m.years().get(0);
        assertEquals(2024, year.year());
        assertEquals(0.03, year.portfolioReturn(), TOLERANCE);
        assertEquals(0.0094950404, year.benchmarkReturn(), TOLERANCE);
        assertEquals(3.0 / 102, year.maxDrawdown(), TOLERANCE);
        assertEquals(3.9553624457, year.sharpe(), TOLERANCE);
    }

    @Test
    void aCurveThatNeverFallsHasNoDrawdownAndNoCalmar() {
        BacktestMetrics m = BacktestMetrics.of(points(100, 101, 103, 103, 104), List.of(), List.of());
        assertEquals(0, m.maxDrawdown());
        assertEquals(0, m.maxDrawdownSessions());
        assertNull(m.maxDrawdownPeak());
        assertNull(m.maxDrawdownTrough());
        assertNull(m.maxDrawdownRecovery());
        assertNull(m.calmar());
    }

    @Test
    void constantReturnsHaveNoSharpeSortinoOrInformationRatio() {
        // 1% a day computed from equity: the returns differ only by rounding
        double[] equity = new double[30];
        equity[0] = 100;
        for (int i = 1; i < equity.length; i++) {
            equity[i] = equity[i - 1] * 1.01;
        }
        BacktestMetrics m = BacktestMetrics.of(points(equity), List.of(), List.of());
        assertEquals(0.0, m.annualVolatility());
        assertNull(m.sharpe());
        assertNull(m.sortino());
        // the benchmark is flat: no beta; the active return is the constant 1%
        assertNull(m.beta());
        assertNull(m.informationRatio());
    }

    @Test
    void oneCloseHasNoReturnStatistics() {
        BacktestMetrics m = BacktestMetrics.of(points(100), List.of(), List.of());
        assertEquals(1, m.sessions());
        assertEquals(0, m.totalReturn());
        assertNull(m.cagr());
        assertNull(m.annualVolatility());
        assertNull(m.sharpe());
        assertNull(m.benchmarkCagr());
        assertEquals(List.of(), m.years());
    }

    @Test
    void nothingToAverageIsNull() {
        BacktestMetrics m = BacktestMetrics.of(points(100, 101), List.of(), List.of());
        assertNull(m.hitRate());
        assertNull(m.averageHoldingSessions());
        assertNull(m.turnoverPerRebalance());
        assertNull(m.averageCostBps());
    }

    @Test
    void costsAreWeightedByTradedValueAndTurnoverIsAPlainMean() {
        // (10 + 2 + 0) / (10,000 + 1,000 + 0) = 10.909 bps; a simple mean of 10, 20 and nothing would differ
        List<RebalanceRecord> rebalances = List.of(
                new RebalanceRecord(LocalDate.of(2024, 1, 2), 0.5, 10_000, 10),
                new RebalanceRecord(LocalDate.of(2024, 2, 1), 0.05, 1_000, 2),
                new RebalanceRecord(LocalDate.of(2024, 3, 1), 0, 0, 0));
        BacktestMetrics m = BacktestMetrics.of(points(100, 101), rebalances, List.of());
        assertEquals(12.0 / 11_000 * 1e4, m.averageCostBps(), TOLERANCE);
        assertEquals(0.55 / 3, m.turnoverPerRebalance(), TOLERANCE);
    }

    @Test
    void theHitRateCountsProfitsOnlyAndHoldingIsTheMeanOfSessions() {
        List<ClosedTrade> trades = List.of(
                new ClosedTrade("AAA", LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 9), 5, 12.5),
                new ClosedTrade("BBB", LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 3), 1, -3),
                new ClosedTrade("CCC", LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 5), 3, 0),
                new ClosedTrade("DDD", LocalDate.of(2024, 1, 3), LocalDate.of(2024, 1, 17), 10, 0.01));
        BacktestMetrics m = BacktestMetrics.of(points(100, 101), List.of(), trades);
        assertEquals(0.5, m.hitRate(), TOLERANCE);
        assertEquals(4.75, m.averageHoldingSessions(), TOLERANCE);
    }

    @Test
    void theMetricsGoToJsonWithNullsAndBack() throws Exception {
        BacktestMetrics m = BacktestMetrics.of(points(100, 101, 103, 103, 104), List.of(), List.of());
        String json = Json.mapper().writeValueAsString(m);
        assertEquals(m, Json.mapper().readValue(json, BacktestMetrics.class));
        assertEquals(-1, json.indexOf("NaN"));
    }

    @Test
    void datesOutOfOrderAreRefused() {
        List<DailyPoint> points = List.of(new DailyPoint(LocalDate.of(2024, 1, 3), 100, 0, 1),
                new DailyPoint(LocalDate.of(2024, 1, 3), 101, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> BacktestMetrics.of(points, List.of(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> BacktestMetrics.of(List.of(), List.of(), List.of()));
    }

    /** Consecutive weekdays from Tuesday 2024-01-02, a flat benchmark, fully invested. */
    static List<DailyPoint> points(double... equity) {
        List<DailyPoint> points = new ArrayList<>();
        LocalDate date = LocalDate.of(2024, 1, 2);
        for (double e : equity) {
            points.add(new DailyPoint(date, e, 0, 1));
            date = date.plusDays(date.getDayOfWeek() == DayOfWeek.FRIDAY ? 3 : 1);
        }
        return points;
    }
}
