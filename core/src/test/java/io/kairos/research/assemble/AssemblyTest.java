package io.kairos.research.assemble;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.KairosException;
import io.kairos.research.Bars;
import io.kairos.research.EquitySeries;
import io.kairos.research.ResearchSettings;
import io.kairos.research.StrategyCatalog;
import io.kairos.research.smallaccount.ExitReason;
import io.kairos.research.smallaccount.SmallAccountRules;
import io.kairos.research.smallaccount.Trade;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Portfolio assembly on hand-made equity series and bars, every figure worked out by hand in the comments. */
class AssemblyTest {

    private static final StrategyCatalog CATALOG = StrategyCatalog.standard();
    private static final LocalDate MONDAY = LocalDate.of(2024, 1, 1);

    /** Daily returns +10%, -10%, +10%, -10%. */
    private static final double[] A = {100, 110, 99, 108.9, 98.01};
    /** Nearly A: +10%, -10%, +10%, -5%. */
    private static final double[] B = {100, 110, 99, 108.9, 103.455};
    /** Unrelated to A: +10%, +10%, -10%, -10%. */
    private static final double[] C = {100, 110, 121, 108.9, 98.01};

    @Test
    void aNearTwinOfAChosenStrategyIsRejectedNamingItAndTheCorrelationWhileAnUnrelatedOneJoins() {
        Selection selection = CorrelationSelection.select(List.of(candidate(1, "AAA", A), candidate(2, "BBB", B),
                candidate(3, "CCC", C)).iterator(), 3, 0.5, 5);

        // A's returns a = (.1, -.1, .1, -.1), mean 0; B's b = (.1, -.1, .1, -.05), mean .0125.
        // sum a(b - mean b) = .1 x (.0875 + .1125 + .0875 + .0625) = .035; sum a^2 = .04;
        // sum (b - mean b)^2 = 2 x .0875^2 + .1125^2 + .0625^2 = .031875; r = .035 / sqrt(.04 x .031875) = 0.98020
        double twin = 0.035 / Math.sqrt(0.04 * 0.031875);
        assertEquals(0.98020, twin, 1e-5);
        assertEquals(List.of("AAA", "CCC"), selection.chosen().stream().map(c -> c.result().symbol()).toList());
        Rejection rejected = selection.rejected().get(0);
        assertEquals("BBB", rejected.candidate().result().symbol());
        assertEquals("AAA", rejected.with().result().symbol());
        assertEquals(twin, rejected.correlation(), 1e-9);
        assertEquals("correlation 0.980 with #1 momentum:lookback=1,hold=1 on AAA (limit 0.5)", rejected.reason());
        // C's returns (.1, .1, -.1, -.1) against A's: .01 - .01 - .01 + .01 = 0
        assertEquals(0, selection.correlations()[0][1], 1e-12);
        assertEquals(1, selection.correlations()[1][1]);
        assertEquals(0, selection.notConsidered());

        Selection one = CorrelationSelection.select(List.of(candidate(1, "AAA", A), candidate(2, "BBB", B),
                candidate(3, "CCC", C)).iterator(), 3, 0.5, 1);
        assertEquals(1, one.chosen().size());
        assertEquals(2, one.notConsidered());
    }

    @Test
    void aStrategyWhoseValueNeverMovesIsPassedOver() {
        Selection selection = CorrelationSelection.select(List.of(candidate(1, "FLAT", new double[] {100, 100, 100, 100, 100}),
                candidate(2, "AAA", A)).iterator(), 2, 0.5, 5);
        assertEquals(List.of("AAA"), selection.chosen().stream().map(c -> c.result().symbol()).toList());
        assertTrue(selection.rejected().get(0).reason().contains("never changes"), selection.rejected().toString());
    }

    @Test
    void inverseVolatilityWeightsAreOneOverEachDeviationNormalised() {
        // population deviations .02 and .01: 1/.02 = 50 and 1/.01 = 100, of 150 in all
        double[] weights = Weighting.INVERSE_VOL.weights(List.of(new double[] {.02, -.02, .02, -.02},
                new double[] {.01, -.01, .01, -.01}), List.of("x", "y"));
        assertArrayEquals(new double[] {1.0 / 3, 2.0 / 3}, weights, 1e-12);
        assertArrayEquals(new double[] {0.5, 0.5}, Weighting.EQUAL.weights(List.of(new double[1], new double[1]),
                List.of("x", "y")));
        KairosException flat = assertThrows(KairosException.class, () -> Weighting.INVERSE_VOL.weights(
                List.of(new double[] {0, 0}), List.of("#1 sma_cross:fast=2,slow=3 on AAA")));
        assertTrue(flat.getMessage().contains("#1 sma_cross:fast=2,slow=3 on AAA does not move"), flat.getMessage());
    }

    @Test
    void theCombinationIsWorthTheSumOfItsSleevesWholeSharesIncluded() {
        // momentum:lookback=1,hold=1 buys after a higher close, holds one bar; 500 dollars a sleeve, 95% per entry.
        // AAA: signal on t1's close 11: floor(.95 x 500 / 11) = 43 shares at t2's open 11 (cash 27), sold at t4's open 11;
        //      signal on t4's close 12: floor(475 / 12) = 39 at t5's open 12 (cash 32).
        //      values 500, 500, 27 + 43 x 12 = 543, 27 + 43 x 11 = 500, 500, 32 + 39 x 13 = 539
        // BBB: signal on t2's close 20: floor(475 / 20) = 23 at t3's open 20 (cash 40), sold at t5's open 20.
        //      values 500, 500, 500, 40 + 23 x 21 = 523, 40 + 23 x 20 = 500, 500
        Bars aaa = bars("AAA", 10, 10, 11, 12, 11, 12, 13);
        Bars bbb = bars("BBB", 20, 20, 19, 20, 21, 20, 19);
        PortfolioRun run = SleeveBacktest.run(List.of(candidate(1, "AAA", A), candidate(2, "BBB", C)), new double[] {0.5, 0.5},
                1000, Map.of("AAA", aaa, "BBB", bbb), CATALOG);

        assertArrayEquals(new double[] {500, 500, 543, 500, 500, 539}, run.sleeves().get(0).values());
        assertArrayEquals(new double[] {500, 500, 500, 523, 500, 500}, run.sleeves().get(1).values());
        assertArrayEquals(new double[] {1000, 1000, 1043, 1023, 1000, 1039}, run.values());
        assertEquals(500, run.sleeves().get(0).cash());
        assertEquals(39, run.sleeves().get(0).run().open().orElseThrow().size());
    }

    @Test
    void theSignalsAreTheStrategysOwnOrdersAndFeedTheSmallAccountRules() {
        Bars aaa = bars("AAA", 10, 10, 11, 12, 11, 12, 13);
        StrategySignals signals = StrategySignals.of(CATALOG.create(CATALOG.parse("momentum:lookback=1,hold=1")), aaa);
        // the engine's orders above: buy on t1 and t4, sell on t3 (one bar after the t2 fill)
        assertArrayEquals(new boolean[] {false, true, false, false, true, false}, signals.entries());
        assertArrayEquals(new boolean[] {false, false, false, true, false, false}, signals.exits());

        // $1,000, default rules. t1's close 11: planned floor(10 / (11 x 1%)) = 90, entry floor(90 x .6) = 54 at t2's open 11.
        // t2 closes at 12, 9% up: the stop trails the high 12 x .99 = 11.88; t3's low 11 takes it: 54 x .88 = 47.52.
        PortfolioRun run = SmallAccountBacktest.run(List.of(candidate(1, "AAA", A)), SmallAccountRules.DEFAULTS, Map.of("AAA", aaa),
                CATALOG);
        Trade first = run.smallAccount().orElseThrow().trades().get(0);
        assertEquals(54, first.fills().get(0).shares());
        assertEquals(11, first.entryPrice());
        assertEquals(11.88, first.exitPrice(), 1e-12);
        assertEquals(ExitReason.TRAILING_STOP, first.exitReason());
        assertEquals(47.52, first.profit(), 1e-9);
        assertEquals(1000, run.values()[0]);
    }

    @Test
    void weeklyReturnsRunFromTheLastSessionOfOneIsoWeekToTheNext() {
        LocalDate[] dates = {LocalDate.of(2024, 1, 3), LocalDate.of(2024, 1, 4), LocalDate.of(2024, 1, 5), LocalDate.of(2024, 1, 8),
            LocalDate.of(2024, 1, 12), LocalDate.of(2024, 1, 16), LocalDate.of(2024, 1, 17)};
        double[] values = {1003, 1010, 1020, 1015, 1071, 1060, 1017.45};
        PortfolioFigures figures = PortfolioFigures.of(1000, dates, values);

        // 1020 / 1000 - 1 = 2%, 1071 / 1020 - 1 = 5%, 1017.45 / 1071 - 1 = -5%
        assertEquals(List.of(LocalDate.of(2024, 1, 5), LocalDate.of(2024, 1, 12), LocalDate.of(2024, 1, 17)),
                figures.weekly().stream().map(WeeklyReturn::lastSession).toList());
        assertArrayEquals(new double[] {0.02, 0.05, -0.05}, figures.weekly().stream().mapToDouble(WeeklyReturn::weekReturn).toArray(),
                1e-12);
        // mean .02 / 3 = 0.6667%; deviations 2/150, 6.5/150, -8.5/150: sample variance (4 + 42.25 + 72.25) / 22500 / 2
        assertEquals(0.02 / 3, figures.expectedWeeklyReturn(), 1e-12);
        assertEquals(Math.sqrt(118.5 / 22500 / 2), figures.weeklyRisk(), 1e-12);
        assertEquals(0.051316, figures.weeklyRisk(), 1e-6);
        // from the peak 1071 to 1017.45: 53.55 / 1071 = 5%
        assertEquals(5.0, figures.maxDrawdownPct(), 1e-9);
        assertEquals(1017.45, figures.finalValue());

        // ISO weeks cross the new year: Monday 2024-12-30 and Thursday 2025-01-02 are one week (2025-W01)
        PortfolioFigures turn = PortfolioFigures.of(100, new LocalDate[] {LocalDate.of(2024, 12, 27), LocalDate.of(2024, 12, 30),
            LocalDate.of(2025, 1, 2)}, new double[] {101, 102, 103});
        assertEquals(2, turn.weekly().size());
        assertNull(PortfolioFigures.of(100, new LocalDate[] {MONDAY}, new double[] {101}).weeklyRisk());
    }

    /** A kept row and its result file, with this equity on consecutive days from Monday 2024-01-01. */
    private static Candidate candidate(int rank, String symbol, double[] equity) {
        LocalDate[] dates = new LocalDate[equity.length];
        for (int i = 0; i < dates.length; i++) {
            dates[i] = MONDAY.plusDays(i);
        }
        String file = symbol + "_momentum_lookback=1_hold=1.json";
        return new Candidate(new LeaderboardEntry(rank, symbol, "momentum", "lookback=1,hold=1", file, 1.0),
                new ResultFile(Path.of(file), symbol, CATALOG.parse("momentum:lookback=1,hold=1"), new ResearchSettings(1000, 0, 0.95),
                        new EquitySeries(dates, equity)));
    }

    /** Bars whose open is the previous close (the first opens at {@code firstOpen}); high and low span open and close. */
    private static Bars bars(String symbol, double firstOpen, double... close) {
        int n = close.length;
        LocalDate[] dates = new LocalDate[n];
        double[] open = new double[n];
        double[] high = new double[n];
        double[] low = new double[n];
        for (int t = 0; t < n; t++) {
            dates[t] = MONDAY.plusDays(t);
            open[t] = t == 0 ? firstOpen : close[t - 1];
            high[t] = Math.max(open[t], close[t]);
            low[t] = Math.min(open[t], close[t]);
        }
        return new Bars(symbol, dates, open, high, low, close, new double[n]);
    }
}
