package io.kairos.backtest.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DrawdownsTest {

    private static final double TOLERANCE = 1e-12;

    @Test
    void theSeriesIsTheFallFromTheHighestCloseSoFar() {
        double[] drawdowns = Drawdowns.series(new double[] {100, 102, 99, 101, 104, 103});
        assertArrayEquals(new double[] {0, 0, 3.0 / 102, 1.0 / 102, 0, 1.0 / 104}, drawdowns, TOLERANCE);
    }

    @Test
    void aRecoveredDrawdownLastsFromThePeakToTheRecovery() {
        // peak 110 at close 1, trough 88 at close 3 (20%), back to 110 at close 5: 4 sessions
        BacktestMetrics m = metrics(100, 110, 99, 88, 105, 110, 95);
        assertEquals(0.2, m.maxDrawdown(), TOLERANCE);
        assertEquals(4, m.maxDrawdownSessions());
        assertEquals(LocalDate.of(2024, 1, 3), m.maxDrawdownPeak());
        assertEquals(LocalDate.of(2024, 1, 5), m.maxDrawdownTrough());
        assertEquals(LocalDate.of(2024, 1, 9), m.maxDrawdownRecovery());
    }

    @Test
    void anOpenDrawdownLastsToTheLastClose() {
        // peak 120 at close 2, trough 90 at close 4 (25%), still below at close 6: 4 sessions
        BacktestMetrics m = metrics(100, 110, 120, 100, 90, 100, 115);
        assertEquals(0.25, m.maxDrawdown(), TOLERANCE);
        assertEquals(4, m.maxDrawdownSessions());
        assertEquals(LocalDate.of(2024, 1, 4), m.maxDrawdownPeak());
        assertNull(m.maxDrawdownRecovery());
    }

    @Test
    void theDeepestDrawdownCountsNotTheLongest() {
        // 100 -> 95 lasts 4 sessions (5%); 130 -> 104 lasts 2 (20%)
        BacktestMetrics m = metrics(100, 95, 96, 97, 130, 104, 131);
        assertEquals(0.2, m.maxDrawdown(), TOLERANCE);
        assertEquals(2, m.maxDrawdownSessions());
    }

    /** Closes on the weekdays from Tuesday 2024-01-02: 01-02, 01-03, 01-04, 01-05, 01-08, 01-09, 01-10. */
    private static BacktestMetrics metrics(double... equity) {
        return BacktestMetrics.of(BacktestMetricsTest.points(equity), List.of(), List.of());
    }
}
