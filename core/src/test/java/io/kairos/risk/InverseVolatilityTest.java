package io.kairos.risk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Inverse volatility by hand, and the checks every volatility-based method shares. */
class InverseVolatilityTest {

    private static final double EXACT = 1e-12;

    static SizingInput volatilities(double... volatilities) {
        return new SizingInput(new double[volatilities.length], volatilities, new double[volatilities.length][volatilities.length]);
    }

    /** 1/0.1 : 1/0.2 : 1/0.4 = 10 : 5 : 2.5, sum 17.5: 4/7, 2/7, 1/7. */
    @Test
    void weightsAreProportionalToOneOverVolatility() {
        double[] weights = new InverseVolatility().weights(volatilities(0.1, 0.2, 0.4));
        assertArrayEquals(new double[] {4.0 / 7, 2.0 / 7, 1.0 / 7}, weights, EXACT);
    }

    @Test
    void noNamesGiveNoWeights() {
        assertEquals(0, new InverseVolatility().weights(volatilities()).length);
    }

    @Test
    void aZeroOrMissingVolatilityIsNamed() {
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
                () -> new InverseVolatility().weights(volatilities(0.1, 0.0)));
        assertEquals("volatility of name 1 is 0.0; it must be positive and finite", zero.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> new InverseVolatility().weights(volatilities(Double.NaN, 0.2)));
        assertEquals("volatility of name 0 is NaN; it must be positive and finite", missing.getMessage());
    }
}
