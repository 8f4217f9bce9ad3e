package io.kairos.portfolio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TurnoverControlTest {

    private static final double[] PRIOR = {0.5, 0.5, 0};
    private static final double[] TARGET = {0, 0.5, 0.5};

    @Test
    void withinTheLimitTheBlendIsTradedInFull() {
        // blend (lambda 0.5): [0.25, 0.5, 0.25]; turnover (0.25 + 0 + 0.25) / 2 = 0.25 <= 0.30.
        TurnoverControl.Result result = TurnoverControl.apply(PRIOR, PRIOR, TARGET, 0.5, 0.30);
        assertArrayEquals(new double[] {0.25, 0.5, 0.25}, result.weights(), 1e-15);
        assertEquals(0.25, result.turnover(), 1e-15);
        assertFalse(result.bound());
    }

    @Test
    void aboveTheLimitTheTradeStopsWhereTurnoverMeetsIt() {
        // turnover grows as 0.25 t: 0.10 is reached at t = 0.4 -> [0.4, 0.5, 0.1].
        TurnoverControl.Result result = TurnoverControl.apply(PRIOR, PRIOR, TARGET, 0.5, 0.10);
        assertArrayEquals(new double[] {0.4, 0.5, 0.1}, result.weights(), 1e-12);
        assertEquals(0.4, result.tradeFraction(), 1e-12);
        assertEquals(0.10, result.turnover(), 1e-12);
        assertTrue(result.bound());
    }

    @Test
    void forcedSalesOfAPriorBeyondTheCapsCountAndComeFirst() {
        // prior [0.5, 0.5, 0] above a 0.3 position cap: capped prior [0.3, 0.3, 0], forced turnover 0.2.
        // target [0, 0.3, 0.3]; blend [0.15, 0.3, 0.15]; turnover 0.2 + 0.15 t: 0.26 at t = 0.4.
        double[] capped = {0.3, 0.3, 0};
        double[] target = {0, 0.3, 0.3};
        TurnoverControl.Result result = TurnoverControl.apply(PRIOR, capped, target, 0.5, 0.26);
        assertArrayEquals(new double[] {0.24, 0.3, 0.06}, result.weights(), 1e-12);
        assertEquals(0.2, result.forcedTurnover(), 1e-15);
        assertEquals(0.26, result.turnover(), 1e-12);

        TurnoverControl.Result overLimit = TurnoverControl.apply(PRIOR, capped, target, 0.5, 0.10);
        assertArrayEquals(capped, overLimit.weights(), 1e-15);
        assertEquals(0.2, overLimit.turnover(), 1e-15, "the caps win over the turnover limit");
        assertTrue(overLimit.bound());
    }
}
