package io.kairos.backtest.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RollingSharpeTest {

    @Test
    void eachValueIsTheSharpeOfTheTrailingWindow() {
        double[] returns = {0.01, -0.01, 0.02, 0.0, 0.0, 0.03};
        double[] rolling = RollingSharpe.of(returns, 3);
        assertEquals(returns.length, rolling.length);
        assertTrue(Double.isNaN(rolling[0]));
        assertTrue(Double.isNaN(rolling[1]));
        // 0.01, -0.01, 0.02: mean 0.02 / 3, sample variance ((1/3)^2 + (5/3)^2 + (4/3)^2) / 2 * 10^-4 = 7/3 * 10^-4
        assertEquals(0.02 / 3 / Math.sqrt(7.0 / 3 * 1e-4) * Math.sqrt(252), rolling[2], 1e-9);
        // 0.02, 0, 0: mean 0.02 / 3, sample variance ((4/3)^2 + (2/3)^2 + (2/3)^2) / 2 * 10^-4 = 4/3 * 10^-4
        assertEquals(0.02 / 3 / Math.sqrt(4.0 / 3 * 1e-4) * Math.sqrt(252), rolling[4], 1e-9);
    }

    @Test
    void aWindowWithoutVarianceIsNaN() {
        double[] rolling = RollingSharpe.of(new double[] {0.01, 0.0, 0.0, 0.0}, 2);
        assertTrue(Double.isFinite(rolling[1]));
        assertTrue(Double.isNaN(rolling[2]));
        assertTrue(Double.isNaN(rolling[3]));
    }

    @Test
    void theDefaultWindowIsAQuarter() {
        double[] returns = new double[70];
        for (int i = 0; i < returns.length; i++) {
            returns[i] = i % 2 == 0 ? 0.01 : -0.005;
        }
        double[] rolling = RollingSharpe.of(returns);
        assertTrue(Double.isNaN(rolling[61]));
        assertTrue(Double.isFinite(rolling[62]));
        assertThrows(IllegalArgumentException.class, () -> RollingSharpe.of(returns, 1));
    }
}
