package io.kairos.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CalibrationMetricsTest {

    @Test
    void logLossBrierAndEceOfAHandExample() {
        CalibrationMetrics metrics = CalibrationMetrics.of(new double[] {0.05, 0.15, 0.95, 0.85}, new int[] {0, 0, 1, 0});
        assertEquals(4, metrics.rows());
        // (0.05^2 + 0.15^2 + 0.05^2 + 0.85^2) / 4
        assertEquals(0.1875, metrics.brier(), 1e-12);
        // each row alone in its bin: (0.05 + 0.15 + 0.05 + 0.85) / 4
        assertEquals(0.275, metrics.ece(), 1e-12);
        // -(ln 0.95 + ln 0.85 + ln 0.95 + ln 0.15) / 4
        assertEquals(0.5405557, metrics.logLoss(), 1e-6);
        ReliabilityBin top = metrics.bins().get(9);
        assertEquals(1, top.rows());
        assertEquals(0.95, top.meanPredicted(), 1e-12);
        assertEquals(1.0, top.observed());
        assertNull(metrics.bins().get(5).meanPredicted(), "an empty bin has no mean");
    }

    @Test
    void rowsOfOneBinArePooledBeforeTheGapIsTaken() {
        // Both rows in bin 0.2-0.3: mean predicted 0.25, observed 0.5, gap 0.25.
        CalibrationMetrics metrics = CalibrationMetrics.of(new double[] {0.2, 0.3 - 1e-9}, new int[] {1, 0});
        assertEquals(2, metrics.bins().get(2).rows());
        assertEquals(0.25, metrics.ece(), 1e-8);
    }

    @Test
    void aConfidentMissIsClippedSoTheLossStaysFinite() {
        CalibrationMetrics metrics = CalibrationMetrics.of(new double[] {0.0, 1.0}, new int[] {1, 1});
        // -(ln 1e-4 + ln(1 - 1e-4)) / 2
        assertEquals((Math.log(1e4) - Math.log(1 - 1e-4)) / 2, metrics.logLoss(), 1e-12);
    }
}
