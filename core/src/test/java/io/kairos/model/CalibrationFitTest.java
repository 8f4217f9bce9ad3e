package io.kairos.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.KairosException;
import io.kairos.ops.Json;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

class CalibrationFitTest {

    @Test
    void calibratingScoresThatAreTheTrueProbabilitySquaredRemovesMostOfTheError() {
        // Score p^2 for a true probability p: the raw scores are far too low (by p - p^2, up to 0.25).
        CalibrationSample sample = sample(6000, 3, 11, p -> p * p, p -> p);
        CalibrationReport report = CalibrationFit.choose("m", sample).report();

        assertTrue(report.before().ece() > 0.12, "miscalibrated: " + report.before().ece());
        assertTrue(report.after().ece() < 0.03, "calibrated: " + report.after().ece());
        assertTrue(report.after().brier() < report.before().brier());
        assertTrue(report.after().logLoss() < report.before().logLoss());
    }

    @Test
    void isotonicWinsWhenTheTruthIsAStepNoLogisticCanFollow() {
        // Probability 0.15 below a score of 0.5 and 0.85 above: a plateau, then a jump.
        CalibrationSample sample = sample(3000, 3, 5, p -> p, p -> p < 0.5 ? 0.15 : 0.85);
        CalibrationReport report = CalibrationFit.choose("m", sample).report();

        assertEquals("isotonic", report.method(), report.crossFittedLogLoss()::toString);
        assertTrue(report.crossFittedLogLoss().get("isotonic") < report.crossFittedLogLoss().get("platt"));
    }

    @Test
    void plattWinsWhenTheTruthIsLogisticInTheScoreAndRowsAreFew() {
        CalibrationSample sample = sample(300, 3, 3, p -> p, p -> 1 / (1 + Math.exp(-(3 * p - 1.5))));
        CalibrationFit fit = CalibrationFit.choose("m", sample);

        assertEquals("platt", fit.report().method(), fit.report().crossFittedLogLoss()::toString);
        assertEquals(CalibrationMethod.PLATT, fit.curve().method());
        assertEquals(fit.curve().parameters(), fit.report().parameters(), "the curve fitted on every row is reported");
    }

    @Test
    void theSameSampleGivesTheSameReportByteForByte() throws Exception {
        byte[] first = Json.mapper().writeValueAsBytes(CalibrationFit.choose("m", sample(1200, 4, 9, p -> p * p, p -> p)).report());
        byte[] second = Json.mapper().writeValueAsBytes(CalibrationFit.choose("m", sample(1200, 4, 9, p -> p * p, p -> p)).report());
        assertArrayEquals(first, second);
    }

    @Test
    void oneFoldIsNotEnoughToCrossFit() {
        KairosException error = assertThrows(KairosException.class,
                () -> CalibrationFit.choose("m", sample(100, 1, 1, p -> p, p -> p)));
        assertTrue(error.getMessage().contains("at least two folds"), error.getMessage());
    }

    /**
     * {@code n} rows spread round-robin over folds 1..{@code folds}: a uniform draw u, the score {@code score(u)}
     * and a label drawn with probability {@code truth(u)}.
     */
    static CalibrationSample sample(int n, int folds, long seed, DoubleUnaryOperator score, DoubleUnaryOperator truth) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] foldOf = new int[n];
        double[] scores = new double[n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            double u = random.nextDouble();
            foldOf[i] = 1 + i % folds;
            scores[i] = score.applyAsDouble(u);
            labels[i] = random.nextDouble() < truth.applyAsDouble(u) ? 1 : 0;
        }
        return new CalibrationSample(foldOf, scores, labels);
    }
}
