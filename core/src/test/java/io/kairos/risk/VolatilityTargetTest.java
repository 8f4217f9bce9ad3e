package io.kairos.risk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Volatility targeting by hand: an absolute exposure stand-alone, inverse volatility as a sizing method. */
class VolatilityTargetTest {

    private static final double EXACT = 1e-12;

    @Test
    void standAloneTheExposureGivesTheTargetVolatilityUpToTheCap() {
        assertEquals(0.5, VolatilityTarget.weight(0.4, 0.2, 1.0), EXACT);  // 0.2 / 0.4
        assertEquals(1.0, VolatilityTarget.weight(0.1, 0.2, 1.0), EXACT);  // 0.2 / 0.1 = 2, capped at 1
        assertEquals(2.0, VolatilityTarget.weight(0.1, 0.2, Double.POSITIVE_INFINITY), EXACT);
    }

    /** 0.25 / 0.1 : 0.25 / 0.2 : 0.25 / 0.4 = 2.5 : 1.25 : 0.625, sum 4.375: 4/7, 2/7, 1/7, as inverse volatility. */
    @Test
    void asASizingMethodItIsInverseVolatility() {
        SizingInput input = InverseVolatilityTest.volatilities(0.1, 0.2, 0.4);
        double[] weights = new VolatilityTarget(0.25).weights(input);
        assertArrayEquals(new double[] {4.0 / 7, 2.0 / 7, 1.0 / 7}, weights, EXACT);
        assertArrayEquals(new InverseVolatility().weights(input), weights, EXACT);
    }

    @Test
    void badInputsAreNamed() {
        assertEquals("maximum weight is 0.0; it must be positive (infinite for no cap)",
                assertThrows(IllegalArgumentException.class, () -> VolatilityTarget.weight(0.2, 0.2, 0)).getMessage());
        assertEquals("target volatility is -0.2; it must be positive and finite",
                assertThrows(IllegalArgumentException.class, () -> new VolatilityTarget(-0.2)).getMessage());
        assertEquals("volatility of name 1 is NaN; it must be positive and finite", assertThrows(IllegalArgumentException.class,
                () -> new VolatilityTarget(0.25).weights(InverseVolatilityTest.volatilities(0.2, Double.NaN))).getMessage());
    }
}
