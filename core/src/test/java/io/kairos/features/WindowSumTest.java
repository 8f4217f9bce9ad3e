package io.kairos.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class WindowSumTest {

    private static final int WINDOW = 20;

    /** A series with a missing value now and then. */
    private static double[] series(int rows) {
        Random random = new Random(7);
        double[] values = new double[rows];
        for (int i = 0; i < rows; i++) {
            values[i] = i % 97 == 50 ? Double.NaN : random.nextGaussian() * 3 + 1;
        }
        return values;
    }

    @Test
    void aPlainSumIsTheSumOfTheLastWindowValuesOrNaN() {
        double[] values = series(600);
        Ring ring = new Ring(WINDOW);
        WindowSum sum = WindowSum.plain(ring, WINDOW);
        for (int t = 0; t < values.length; t++) {
            ring.push(values[t]);
            sum.update(t);
            double expected = 0;
            for (int j = t - WINDOW + 1; j <= t; j++) {
                expected += j < 0 ? Double.NaN : values[j];
            }
            if (Double.isNaN(expected)) {
                assertTrue(Double.isNaN(sum.sum()), "row " + t);
            } else {
                assertEquals(expected, sum.sum(), 1e-12, "row " + t);
            }
        }
    }

    @Test
    void aTruncatedExponentialAverageWeighsTheWindowByPowersOfTheDecay() {
        double[] values = series(300);
        Ring ring = new Ring(48);
        WindowSum ema = WindowSum.exponential(ring, 12, 48);
        double decay = 1 - 2.0 / 13;
        for (int t = 0; t < values.length; t++) {
            ring.push(values[t]);
            ema.update(t);
        }
        double weighted = 0;
        double weights = 0;
        for (int j = 0; j < 48; j++) {
            weighted += Math.pow(decay, j) * values[values.length - 1 - j];
            weights += Math.pow(decay, j);
        }
        assertEquals(weighted / weights, ema.sum(), 1e-12);
    }

    @Test
    void theValueDoesNotDependOnTheRowWhereTheSumStarted() {
        double[] values = series(400);
        Map<String, Function<Ring, WindowSum>> kinds = Map.of("plain", ring -> WindowSum.plain(ring, WINDOW),
                "exponential", ring -> WindowSum.exponential(ring, 9, WINDOW));
        for (Map.Entry<String, Function<Ring, WindowSum>> kind : kinds.entrySet()) {
            Ring fromStart = new Ring(WINDOW);
            Ring late = new Ring(WINDOW);
            WindowSum whole = kind.getValue().apply(fromStart);
            WindowSum partial = kind.getValue().apply(late);
            int lateStart = 37;
            for (int t = 0; t < values.length; t++) {
                fromStart.push(values[t]);
                whole.update(t);
                if (t >= lateStart) {
                    late.push(values[t]);
                    partial.update(t);
                    if (t >= lateStart + WINDOW + WindowSum.SYNC) {
                        assertEquals(Double.doubleToRawLongBits(whole.sum()), Double.doubleToRawLongBits(partial.sum()),
                                kind.getKey() + " row " + t);
                    }
                }
            }
        }
    }
}
