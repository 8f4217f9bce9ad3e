package io.kairos.research.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.research.Bars;
import io.kairos.research.Strategy;
import io.kairos.research.TestBars;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each family's first bar and its entry and exit bars on a small series, worked out by hand in the comments. */
class StrategiesTest {

    @Test
    void smaCrossEntersOnCrossesUpAndExitsOnCrossesDown() {
        // the worked example of docs/RESEARCH.md: SMA(2) - SMA(3) is -0.5, -1/6, +2/3 on bars 2, 3, 4 (cross up on 4),
        // turns to -0.5 on bar 7 (cross down), and to +2/3 on bar 10 (cross up); the first cross value is on bar 3
        Strategy strategy = new SmaCross(2, 3);
        Bars bars = TestBars.closes(10, 9, 8, 9, 11, 12, 11, 10, 9, 10, 12, 13);
        strategy.prepare(bars);
        assertEquals(3, strategy.firstBar());
        assertEquals(List.of(4, 10), entries(strategy, bars));
        assertEquals(List.of(7), exits(strategy, bars, 0));
    }

    @Test
    void rsiEntersBelowLowAndExitsAboveHigh() {
        // RSI(2) of these closes is 50, 83.3, 83.3, 35.7 on bars 2 to 5 (IndicatorsTest)
        Strategy strategy = new RsiReversion(2, 40, 80);
        Bars bars = TestBars.closes(10, 11, 10, 12, 12, 11);
        strategy.prepare(bars);
        assertEquals(2, strategy.firstBar());
        assertEquals(List.of(5), entries(strategy, bars));
        assertEquals(List.of(3, 4), exits(strategy, bars, 0));
    }

    @Test
    void donchianEntersAboveThePriorHighsAndExitsBelowThePriorLows() {
        // upper(2) on bars 2, 3, 4: max(5,7) = 7, max(7,6) = 7, max(6,4) = 6; the close 7.5 of bar 4 breaks out
        // lower(2): min(4,3) = 3, min(3,4) = 3, min(4,2.5) = 2.5; the close 2.9 of bar 3 breaks down
        Strategy strategy = new DonchianBreakout(2, 2);
        Bars bars = TestBars.of(new double[] {4.5, 6, 5, 3.5, 7.5}, new double[] {5, 7, 6, 4, 8}, new double[] {4, 3, 4, 2.5, 2},
                new double[] {4.5, 6, 5, 2.9, 7.5});
        strategy.prepare(bars);
        assertEquals(2, strategy.firstBar());
        assertEquals(List.of(4), entries(strategy, bars));
        assertEquals(List.of(3), exits(strategy, bars, 0));
    }

    @Test
    void macdEntersWhenTheLineCrossesAboveItsSignalAndExitsBelow() {
        // fast 1 (the close itself), slow 3, signal 3: every value exact in binary.
        // EMA(3) from bar 2: 3, 3, 3, 4.5, 3.25, 5.625; macd: 0, 0, 0, 1.5, -1.25, 2.375
        // signal from bar 4: 0, 0.75, -0.25, 1.0625; macd - signal: 0, 0.75, -1, 1.3125
        // the first difference is on bar 4, so crosses from bar 5: down on 6, up on 7
        Strategy strategy = new MacdCross(1, 3, 3);
        Bars bars = TestBars.closes(3, 3, 3, 3, 3, 6, 2, 8);
        strategy.prepare(bars);
        assertEquals(5, strategy.firstBar());
        assertEquals(List.of(7), entries(strategy, bars));
        assertEquals(List.of(6), exits(strategy, bars, 0));
    }

    @Test
    void momentumEntersAboveTheCloseLookbackBarsBeforeAndExitsAfterHoldBars() {
        // close[t] > close[t-2]: 7 > 5 on bar 2, 6 > 6 not on 3, 8 > 7 on 4, 7 > 6 on 5, 6 > 8 not on 6
        Strategy strategy = new Momentum(2, 3);
        Bars bars = TestBars.closes(5, 6, 7, 6, 8, 7, 6);
        strategy.prepare(bars);
        assertEquals(2, strategy.firstBar());
        assertEquals(List.of(2, 4, 5), entries(strategy, bars));
        assertFalse(strategy.wantsExit(5, 2));
        assertTrue(strategy.wantsExit(5, 3));
    }

    @Test
    void volatilityBreakoutEntersOnAMoveAboveKAtrsAndExitsBelowTheSma() {
        // true ranges from bar 1: 1, 1, 1.5, 4.5, 6; ATR(2): 1 (bar 2), 1.25, 2.875, 4.4375
        // trigger = previous close + 1 * previous ATR: 10.5 + 1 = 11.5 (bar 3), 11.5 + 1.25 = 12.75, 15 + 2.875 = 17.875
        // entries: 11.5 > 11.5 no, 15 > 12.75 yes (bar 4), 10 > 17.875 no
        // SMA(2): 11 (bar 3), 13.25, 12.5; exits: close < SMA on bar 5 only
        Strategy strategy = new VolatilityBreakout(2, 1.0);
        Bars bars = TestBars.of(new double[] {10, 11, 10.5, 11.5, 15, 10}, new double[] {10, 11, 11, 12, 16, 13},
                new double[] {9, 10, 10, 11, 12, 9}, new double[] {10, 11, 10.5, 11.5, 15, 10});
        strategy.prepare(bars);
        assertEquals(3, strategy.firstBar());
        assertEquals(List.of(4), entries(strategy, bars));
        assertEquals(List.of(5), exits(strategy, bars, 0));
    }

    @Test
    void aStrategyOnTooFewBarsNeverActs() {
        Strategy strategy = new SmaCross(2, 3);
        strategy.prepare(TestBars.closes(1, 2, 3));
        assertEquals(3, strategy.firstBar());
    }

    @Test
    void constructorsRefuseParametersThatMakeNoSense() {
        assertThrows(IllegalArgumentException.class, () -> new SmaCross(30, 10));
        assertThrows(IllegalArgumentException.class, () -> new RsiReversion(14, 70, 30));
        assertThrows(IllegalArgumentException.class, () -> new MacdCross(26, 12, 9));
        assertThrows(IllegalArgumentException.class, () -> new Momentum(0, 5));
        assertThrows(IllegalArgumentException.class, () -> new DonchianBreakout(20, 0));
        assertThrows(IllegalArgumentException.class, () -> new VolatilityBreakout(20, -1));
    }

    private static List<Integer> entries(Strategy strategy, Bars bars) {
        List<Integer> found = new ArrayList<>();
        for (int t = strategy.firstBar(); t < bars.size(); t++) {
            if (strategy.wantsEntry(t)) {
                found.add(t);
            }
        }
        return found;
    }

    private static List<Integer> exits(Strategy strategy, Bars bars, int barsHeld) {
        List<Integer> found = new ArrayList<>();
        for (int t = strategy.firstBar(); t < bars.size(); t++) {
            if (strategy.wantsExit(t, barsHeld)) {
                found.add(t);
            }
        }
        return found;
    }
}
