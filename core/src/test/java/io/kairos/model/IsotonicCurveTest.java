package io.kairos.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IsotonicCurveTest {

    @Test
    void poolAdjacentViolatorsOnAHandExample() {
        // Scores 0.1..0.6 with labels 0,1,0,0,1,1 (given out of order): 0.2-0.4 pool to 1/3, 0.5-0.6 to 1.
        double[] scores = {0.4, 0.1, 0.6, 0.2, 0.5, 0.3};
        int[] labels = {0, 0, 1, 1, 1, 0};
        IsotonicCurve curve = IsotonicCurve.fit(scores, labels);

        assertArrayEquals(new double[] {0.1, 0.2, 0.4, 0.5, 0.6}, (double[]) curve.parameters().get("scores"));
        assertArrayEquals(new double[] {0, 1 / 3.0, 1 / 3.0, 1, 1}, (double[]) curve.parameters().get("probabilities"), 1e-15);
        assertEquals(1 / 3.0, curve.probability(0.3), 1e-15);
        assertEquals(2 / 3.0, curve.probability(0.45), 1e-12, "linear between the blocks 0.4 and 0.5");
        assertEquals(CalibrationCurve.CLIP, curve.probability(0.05), "flat below the lowest score, then clipped");
        assertEquals(1 - CalibrationCurve.CLIP, curve.probability(0.9));
    }

    @Test
    void equalScoresGetOneValueAndAViolationAcrossThemIsPooled() {
        // 0.2 has 1 of 1 positive, 0.5 has 1 of 3: pooled into 2 of 4 over [0.2, 0.5].
        IsotonicCurve curve = IsotonicCurve.fit(new double[] {0.5, 0.5, 0.5, 0.2}, new int[] {1, 0, 0, 1});
        assertArrayEquals(new double[] {0.2, 0.5}, (double[]) curve.parameters().get("scores"));
        assertArrayEquals(new double[] {0.5, 0.5}, (double[]) curve.parameters().get("probabilities"));
    }

    @Test
    void theFitIsNonDecreasingAndKeepsTheShareOfPositives() {
        SplittableRandom random = new SplittableRandom(7);
        int n = 2000;
        double[] scores = new double[n];
        int[] labels = new int[n];
        int positives = 0;
        for (int i = 0; i < n; i++) {
            scores[i] = Math.round(random.nextDouble() * 200) / 200.0;
            labels[i] = random.nextDouble() < scores[i] ? 1 : 0;
            positives += labels[i];
        }
        IsotonicCurve curve = IsotonicCurve.fit(scores, labels);
        double[] fitted = (double[]) curve.parameters().get("probabilities");
        for (int i = 1; i < fitted.length; i++) {
            assertTrue(fitted[i] >= fitted[i - 1]);
        }
        double sum = 0;
        for (double score : scores) {
            sum += curve.probability(score);
        }
        // PAV preserves the total (up to clipping of the extreme blocks).
        assertEquals(positives, sum, 1.0);
    }
}
