package io.kairos.research;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The order semantics of the engine with a scripted strategy; every figure worked out by hand in the comments. */
class BacktraderEngineTest {

    @Test
    void aSignalOnTheCloseFillsAtTheNextOpenWithCommissionOnEntryAndExit() {
        Bars bars = TestBars.of(new double[] {10, 11, 12, 13, 12}, new double[] {10.5, 11.5, 12.5, 12, 12});
        ScriptedStrategy strategy = new ScriptedStrategy(0, Set.of(0), Set.of(2));
        ResearchResult result = BacktraderEngine.run(bars, strategy, new ResearchSettings(1000, 0.01, 0.5));

        // bar 0: size floor(0.5 * 1000 / 10.5) = 47; bar 1 open 11: cost 517, commission 47 * 0.01 * 11 = 5.17, cash 477.83
        // bar 2 decides the exit (held 1 bar); bar 3 open 13: 517 + 47 * 2 back, commission 6.11, cash 1082.72
        Trade trade = result.trades().get(0);
        assertEquals(TestBars.DAY_0.plusDays(1), trade.entryDate());
        assertEquals(11, trade.entryPrice());
        assertEquals(TestBars.DAY_0.plusDays(3), trade.exitDate());
        assertEquals(13, trade.exitPrice());
        assertEquals(47, trade.size());
        assertEquals(94, trade.pnl(), 1e-9);
        assertEquals(5.17 + 6.11, trade.commission(), 1e-9);
        assertEquals(94 - 11.28, trade.pnlNet(), 1e-9);
        assertEquals(2, trade.barsHeld());
        assertTrue(strategy.asked.contains("exit?2 held 1"));
        // value = cash + position * close: 1000, 477.83 + 47 * 11.5, 477.83 + 47 * 12.5, then all cash
        assertArrayEquals(new double[] {1000, 1018.33, 1065.33, 1082.72, 1082.72}, result.equity(), 1e-9);
        assertEquals(11.28, result.metrics().commissionPaid(), 1e-9);
        assertTrue(result.open().isEmpty());
    }

    @Test
    void anOrderFromTheLastBarNeverFills() {
        Bars bars = TestBars.closes(10, 10, 10);
        ResearchResult result = BacktraderEngine.run(bars, new ScriptedStrategy(0, Set.of(2), Set.of()),
                new ResearchSettings(1000, 0.001, 0.95));
        assertEquals(List.of(), result.trades());
        assertTrue(result.open().isEmpty());
        assertEquals(1000, result.metrics().finalValue());
    }

    @Test
    void anEntryTheCashCannotPayWithCommissionAtTheOpenIsRejectedWholeAndTheStrategyLooksAgain() {
        // bar 0: size floor(0.95 * 1000 / 10) = 95; bar 1 opens at 10.5: 997.5 + 1% = 1007.475 > 1000, rejected
        // (997.5 alone would fit). Still flat, bar 1 enters again: floor(950 / 10.5) = 90, bar 2: 945 + 9.45 fits
        Bars bars = TestBars.of(new double[] {10, 10.5, 10.5, 10.5}, new double[] {10, 10.5, 10.5, 10.5});
        ResearchResult result = BacktraderEngine.run(bars, new ScriptedStrategy(0, Set.of(0, 1), Set.of()),
                new ResearchSettings(1000, 0.01, 0.95));
        assertEquals(1, result.rejected());
        OpenPosition open = result.open().orElseThrow();
        assertEquals(TestBars.DAY_0.plusDays(2), open.entryDate());
        assertEquals(90, open.size());
        assertEquals(9.45, open.entryCommission(), 1e-9);
        // nothing is closed at the end: value = cash 1000 - 945 - 9.45 = 45.55 plus 90 * 10.5
        assertEquals(45.55 + 945, result.metrics().finalValue(), 1e-9);
        assertEquals(0, open.unrealizedPnl());
    }

    @Test
    void anEntryTheCashCannotPayAtTheSignalCloseIsRejectedAsBacktradersSubmissionCheckDoes() {
        // fraction 1: size floor(1000 / 10) = 100; at submission 100 * 10 + 1% = 1010 > 1000, rejected although the
        // next open of 9 would have cost 909
        Bars bars = TestBars.of(new double[] {10, 9, 9}, new double[] {10, 9, 9});
        ResearchResult result = BacktraderEngine.run(bars, new ScriptedStrategy(0, Set.of(0), Set.of()),
                new ResearchSettings(1000, 0.01, 1.0));
        assertEquals(1, result.rejected());
        assertTrue(result.open().isEmpty());
    }

    @Test
    void theStrategyIsAskedNothingBeforeItsFirstBar() {
        ScriptedStrategy strategy = new ScriptedStrategy(2, Set.of(0, 1, 2), Set.of());
        ResearchResult result = BacktraderEngine.run(TestBars.closes(10, 10, 10, 10), strategy, new ResearchSettings(1000, 0, 0.95));
        assertEquals(List.of("entry?2", "exit?3 held 0"), strategy.asked);
        assertEquals(TestBars.DAY_0.plusDays(3), result.open().orElseThrow().entryDate());
        assertEquals(2, result.firstBar());
    }
}
