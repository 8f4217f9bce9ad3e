package io.kairos.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PsiBinsTest {

    /** 1..10: the deciles are 1, 2, ..., 9, so each value has a bin of its own. */
    private static final double[] ONE_TO_TEN = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

    @Test
    void theTrainingSampleAgainstItselfIsZero() {
        assertEquals(0.0, PsiBins.fromTraining(ONE_TO_TEN).psi(ONE_TO_TEN));
        assertEquals(0.0, PsiBins.fromTraining(ONE_TO_TEN).psi(new double[] {10, 9, 8, 7, 6, 5, 4, 3, 2, 1}), "order does not matter");
    }

    @Test
    void aShiftWithoutEmptyBinsHasTheTextbookValue() {
        // 20 values: 3 in each of the bins of 1..5 (share 0.15), 1 in each of 6..10 (0.05), against 0.1 each:
        // 5 * 0.05 * ln(1.5) + 5 * (-0.05) * ln(0.5) = 0.25 * ln 3.
        double[] latest = {1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4, 5, 5, 5, 6, 7, 8, 9, 10};
        assertEquals(0.25 * Math.log(3), PsiBins.fromTraining(ONE_TO_TEN).psi(latest), 1e-12);
    }

    @Test
    void emptyBinsCountAsAShareOfOneInTenThousand() {
        // Shares 0.2 in bins 1..5 and none in 6..10 (floored at 0.0001), against 0.1 each:
        // 5 * 0.1 * ln 2 + 5 * (0.0001 - 0.1) * ln(0.0001 / 0.1) = 0.34657 + 3.45042.
        double[] latest = {1, 1, 2, 2, 3, 3, 4, 4, 5, 5};
        double expected = 0.5 * Math.log(2) + 5 * (1e-4 - 0.1) * Math.log(1e-4 / 0.1);
        assertEquals(expected, PsiBins.fromTraining(ONE_TO_TEN).psi(latest), 1e-12);
        assertEquals(3.796998, expected, 1e-6);
    }

    @Test
    void aFeatureGoingMissingIsDrift() {
        // Half the latest values missing: bins 6..10 empty, the missing bin 0.5 against none in training.
        double[] latest = {1, 2, 3, 4, 5, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN};
        double expected = 5 * (1e-4 - 0.1) * Math.log(1e-4 / 0.1) + (0.5 - 1e-4) * Math.log(0.5 / 1e-4);
        assertEquals(expected, PsiBins.fromTraining(ONE_TO_TEN).psi(latest), 1e-12);
    }

    @Test
    void tiedTrainingValuesMergeTheirEdges() {
        // The deciles of eight 0s, a 1 and a 2 are the values at ranks 1..9: eight 0s and a 1, so the edges are
        // 0 and 1 and the bins (-inf, 0], (0, 1], (1, inf).
        double[] training = {0, 0, 0, 0, 0, 0, 0, 0, 1, 2};
        // Training shares 0.8, 0.1, 0.1; latest 0.5, 0.25, 0.25.
        double[] latest = {0, 0, 1, 2};
        double expected = -0.3 * Math.log(0.5 / 0.8) + 2 * 0.15 * Math.log(2.5);
        assertEquals(expected, PsiBins.fromTraining(training).psi(latest), 1e-12);
    }
}
