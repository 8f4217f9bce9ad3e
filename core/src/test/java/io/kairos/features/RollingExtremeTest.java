package io.kairos.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class RollingExtremeTest {

    @Test
    void maxAndMinAndTheirLatestRowMatchAScanOfTheWindow() {
        int window = 14;
        Random random = new Random(3);
        Ring ring = new Ring(window);
        RollingExtreme max = RollingExtreme.max(ring, window);
        RollingExtreme min = RollingExtreme.min(ring, window);
        double[] values = new double[500];
        for (int t = 0; t < values.length; t++) {
            // few distinct values, so ties are common, and a gap now and then
            values[t] = t % 61 == 30 ? Double.NaN : random.nextInt(6);
            ring.push(values[t]);
            max.update();
            min.update();
            if (t < window - 1 || hasNaN(values, t - window + 1, t)) {
                assertTrue(Double.isNaN(max.value()) && Double.isNaN(min.rowsSince()), "row " + t);
                continue;
            }
            int argMax = t - window + 1;
            int argMin = argMax;
            for (int j = t - window + 1; j <= t; j++) {
                argMax = values[j] >= values[argMax] ? j : argMax;
                argMin = values[j] <= values[argMin] ? j : argMin;
            }
            assertEquals(values[argMax], max.value(), "row " + t);
            assertEquals(t - argMax, max.rowsSince(), "row " + t);
            assertEquals(values[argMin], min.value(), "row " + t);
            assertEquals(t - argMin, min.rowsSince(), "row " + t);
        }
    }

    private static boolean hasNaN(double[] values, int from, int to) {
        for (int j = from; j <= to; j++) {
            if (Double.isNaN(values[j])) {
                return true;
            }
        }
        return false;
    }
}
