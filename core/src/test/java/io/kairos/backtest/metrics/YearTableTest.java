package io.kairos.backtest.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class YearTableTest {

    private static final double TOLERANCE = 1e-12;

    /** Three closes in 2023, four in 2024 (New Year's Day is a holiday). */
    private static final List<DailyPoint> ACROSS_NEW_YEAR = List.of(
            new DailyPoint(LocalDate.of(2023, 12, 27), 100, 0, 1),
            new DailyPoint(LocalDate.of(2023, 12, 28), 101, 0.01, 1),
            new DailyPoint(LocalDate.of(2023, 12, 29), 102, 0.005, 1),
            new DailyPoint(LocalDate.of(2024, 1, 2), 96.9, -0.02, 1),
            new DailyPoint(LocalDate.of(2024, 1, 3), 98, 0.01, 1),
            new DailyPoint(LocalDate.of(2024, 1, 4), 100, 0.01, 1),
            new DailyPoint(LocalDate.of(2024, 1, 5), 107.1, 0.03, 1));

    @Test
    void theFirstReturnOfAYearIsFromThePreviousYearsLastClose() {
        List<YearRow> years = BacktestMetrics.of(ACROSS_NEW_YEAR, List.of(), List.of()).years();
        assertEquals(2, years.size());

        YearRow y2023 = years.get(0);
        assertEquals(2023, y2023.year());
        // 12-27 has no return: 102 / 100
        assertEquals(0.02, y2023.portfolioReturn(), TOLERANCE);
        assertEquals(1.01 * 1.005 - 1, y2023.benchmarkReturn(), TOLERANCE);
        assertEquals(0, y2023.maxDrawdown());

        YearRow y2024 = years.get(1);
        assertEquals(2024, y2024.year());
        // 107.1 / 102, the first return being 96.9 / 102 - 1 = -5%
        assertEquals(0.05, y2024.portfolioReturn(), TOLERANCE);
        assertEquals(0.98 * 1.01 * 1.01 * 1.03 - 1, y2024.benchmarkReturn(), TOLERANCE);
        // from the 2023 close of 102 down to 96.9
        assertEquals(0.05, y2024.maxDrawdown(), TOLERANCE);
        // returns -0.05, 1.1/96.9, 2/98, 7.1/100
        double[] r = {-0.05, 98 / 96.9 - 1, 100.0 / 98 - 1, 0.071};
        double mean = (r[0] + r[1] + r[2] + r[3]) / 4;
        double variance = 0;
        for (double v : r) {
            variance += (v - mean) * (v - mean) / 3;
        }
        assertEquals(mean / Math.sqrt(variance) * Math.sqrt(252), y2024.sharpe(), 1e-9);
    }

    @Test
    void theYearsChainToTheWholePeriod() {
        BacktestMetrics m = BacktestMetrics.of(ACROSS_NEW_YEAR, List.of(), List.of());
        double chained = (1 + m.years().get(0).portfolioReturn()) * (1 + m.years().get(1).portfolioReturn()) - 1;
        assertEquals(m.totalReturn(), chained, TOLERANCE);
    }

    @Test
    void aYearWithOneReturnHasNoSharpeAndAYearWithoutReturnsNoRow() {
        List<DailyPoint> points = List.of(
                new DailyPoint(LocalDate.of(2022, 12, 30), 100, 0, 1),
                new DailyPoint(LocalDate.of(2023, 1, 3), 99, 0, 1),
                new DailyPoint(LocalDate.of(2023, 1, 4), 100, 0, 1),
                new DailyPoint(LocalDate.of(2024, 1, 2), 103, 0, 1));
        List<YearRow> years = BacktestMetrics.of(points, List.of(), List.of()).years();
        assertEquals(List.of(2023, 2024), years.stream().map(YearRow::year).toList());
        assertEquals(0.03, years.get(1).portfolioReturn(), TOLERANCE);
        assertNull(years.get(1).sharpe());
    }
}
