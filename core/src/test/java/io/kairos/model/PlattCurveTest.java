package io.kairos.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PlattCurveTest {

    @Test
    void recoversTheSlopeAndInterceptThatMadeTheLabels() {
        SplittableRandom random = new SplittableRandom(42);
        int n = 20_000;
        double[] scores = new double[n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            scores[i] = random.nextDouble();
            labels[i] = random.nextDouble() < 1 / (1 + Math.exp(-(4 * scores[i] - 2))) ? 1 : 0;
        }
        PlattCurve curve = PlattCurve.fit(scores, labels);
        // Standard errors at this size are about 0.06 (slope) and 0.035 (intercept).
        assertEquals(4.0, curve.slope(), 0.2);
        assertEquals(-2.0, curve.intercept(), 0.1);
        assertEquals(1 / (1 + Math.exp(-(curve.slope() * 0.5 + curve.intercept()))), curve.probability(0.5), 1e-15);
    }

    @Test
    void separatedClassesStillGiveFiniteParameters() {
        double[] scores = {0.1, 0.2, 0.3, 0.7, 0.8, 0.9};
        int[] labels = {0, 0, 0, 1, 1, 1};
        PlattCurve curve = PlattCurve.fit(scores, labels);
        assertTrue(Double.isFinite(curve.slope()) && curve.slope() > 0, curve::toString);
        // Platt's targets for 3 positives and 3 negatives are 4/5 and 1/5: the fit cannot be more sure than that.
        assertTrue(curve.probability(0.9) < 0.9 && curve.probability(0.1) > 0.1, curve::toString);
    }

    @Test
    void oneDistinctScoreGivesTheSmoothedShareOfPositives() {
        PlattCurve curve = PlattCurve.fit(new double[] {0.3, 0.3, 0.3, 0.3}, new int[] {1, 0, 0, 0});
        // Targets (1 + 1) / (1 + 2) = 2/3 for the positive and 1 / (3 + 2) = 1/5 for the negatives: mean 0.3167.
        assertEquals((2 / 3.0 + 3 / 5.0) / 4, curve.probability(0.3), 1e-6);
    }
}
