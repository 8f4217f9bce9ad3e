package io.kairos.research;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResearchMetricsTest {

    private static final LocalDate DAY = LocalDate.of(2024, 1, 2);

    @Test
    void sharpeIsTheMeanOverThePopulationDeviationOfEveryBarsReturnTimesRoot252() {
        // returns 100/100 - 1 = 0 (the first bar against the cash), 0.1, 0.1: mean 0.2/3, population deviation
        // sqrt(0.06/27) = 0.2/3 / sqrt(2), so the ratio is sqrt(2) and the Sharpe sqrt(2 * 252)
        ResearchMetrics metrics = ResearchMetrics.of(100, new double[] {100, 110, 121}, List.of(), 0, 0);
        assertEquals(Math.sqrt(504), metrics.sharpe(), 1e-9);
        assertEquals(0.21, metrics.totalReturn(), 1e-12);
        assertEquals(Math.pow(1.21, 252 / 3.0) - 1, metrics.annualReturn(), 1e-9);
    }

    @Test
    void aFlatValueHasNoSharpe() {
        assertNull(ResearchMetrics.of(100, new double[] {100, 100, 100}, List.of(), 0, 0).sharpe());
    }

    @Test
    void maxDrawdownIsInPercentOfTheRunningPeak() {
        // 120 -> 90 is 25% below the peak; 130 -> 117 only 10%
        assertEquals(25, ResearchMetrics.of(100, new double[] {100, 120, 90, 130, 117}, List.of(), 0, 0).maxDrawdownPct(), 1e-9);
    }

    @Test
    void winRateProfitFactorAndExposureCountNetPnl() {
        // net pnl +30, -10, +5 (the last is a win net, a loss gross would not matter): 2 of 3 win, 35 / 10 = 3.5
        List<Trade> trades = List.of(trade(30), trade(-10), trade(5));
        ResearchMetrics metrics = ResearchMetrics.of(100, new double[] {100, 101, 102, 103}, trades, 3, 1.5);
        assertEquals(2 / 3.0, metrics.winRate(), 1e-12);
        assertEquals(3.5, metrics.profitFactor(), 1e-12);
        assertEquals(0.75, metrics.exposure(), 1e-12);
        assertEquals(3, metrics.trades());
        assertEquals(1.5, metrics.commissionPaid());
    }

    @Test
    void withoutLosingTradesThereIsNoProfitFactorAndWithoutTradesNoWinRate() {
        assertNull(ResearchMetrics.of(100, new double[] {100, 130}, List.of(trade(30)), 1, 0).profitFactor());
        assertNull(ResearchMetrics.of(100, new double[] {100, 100}, List.of(), 0, 0).winRate());
    }

    private static Trade trade(double pnlNet) {
        return new Trade(DAY, 10, DAY.plusDays(1), 11, 1, pnlNet + 1, 1, pnlNet, 1);
    }
}
