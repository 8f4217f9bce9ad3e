package io.kairos.risk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Fixed fractional sizing by hand: the loss at the stop is the fraction of equity risked. */
class FixedFractionalTest {

    private static final double EXACT = 1e-9;

    /** 1% of 100,000 is 1,000 at risk; a stop 8% below: 1,000 / 0.08 = 12,500, which loses 0.08 * 12,500 = 1,000. */
    @Test
    void positionValueLosesTheRiskedFractionAtTheStop() {
        assertEquals(12_500, FixedFractional.positionValue(100_000, 0.01, 0.08), EXACT);
    }

    /** 1,000 at risk: 4 a share to the stop at 46 gives 250 shares; 3 a share at 47 gives 333.3, floored to 333. */
    @Test
    void sharesAreFlooredSoTheLossStaysWithinTheRisk() {
        assertEquals(250, FixedFractional.shares(100_000, 0.01, 50, 46));
        assertEquals(333, FixedFractional.shares(100_000, 0.01, 50, 47));
    }

    /**
     * Stops 2 daily volatilities below: name 0 (vol 0.2) has stop 2 * 0.2 / sqrt(252) = 0.0252, a position of
     * 0.01 / 0.0252 = 0.397 of equity; name 1 (vol 0.4) half that. Normalised: 2/3 and 1/3, inverse volatility.
     */
    @Test
    void asASizingMethodWeightsAreInverseVolatility() {
        SizingInput input = InverseVolatilityTest.volatilities(0.2, 0.4);
        double[] weights = new FixedFractional(0.01, 2).weights(input);
        assertArrayEquals(new double[] {2.0 / 3, 1.0 / 3}, weights, EXACT);
        // 0.01 / (0.4 / sqrt(252)) = 0.025 * sqrt(252) = 0.025 * 15.87451 = 0.39686 of equity
        assertEquals(0.39686, FixedFractional.positionValue(1, 0.01, 2 * 0.2 / Math.sqrt(252)), 1e-5);
    }

    @Test
    void aStopDistanceInPercentRatherThanAFractionIsRefused() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> FixedFractional.positionValue(100_000, 0.01, 8));
        assertEquals("stop distance is 8.0 of the price; it must be in (0, 1), e.g. 0.08 for a stop 8% below the entry", error.getMessage());
    }

    /** A volatility of 10 (1000%, likely a percentage): 2 * 10 / sqrt(252) = 1.26, a stop below zero. */
    @Test
    void aStopBelowZeroIsNamedByItsName() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new FixedFractional(0.01, 2).weights(InverseVolatilityTest.volatilities(0.2, 10)));
        assertEquals("stop of name 1 (2.0 daily volatilities below) is " + 2 * 10 / Math.sqrt(252)
                + " of the price; it must be in (0, 1), e.g. 0.08 for a stop 8% below the entry", error.getMessage());
    }

    @Test
    void badParametersAreNamed() {
        assertEquals("risk fraction is 1.5; it must be in (0, 1]",
                assertThrows(IllegalArgumentException.class, () -> new FixedFractional(1.5, 2)).getMessage());
        assertEquals("stop price is 51.0 and entry price 50.0; a long's stop must be below its entry and not negative",
                assertThrows(IllegalArgumentException.class, () -> FixedFractional.shares(100_000, 0.01, 50, 51)).getMessage());
        assertEquals("equity is -1.0; it must be positive and finite",
                assertThrows(IllegalArgumentException.class, () -> FixedFractional.positionValue(-1, 0.01, 0.08)).getMessage());
    }
}
