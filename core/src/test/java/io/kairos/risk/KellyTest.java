package io.kairos.risk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The Kelly fraction f = p - (1 - p) / b by hand. */
class KellyTest {

    private static final double EXACT = 1e-12;

    static SizingInput probabilities(double... probabilities) {
        double[] volatilities = new double[probabilities.length];
        Arrays.fill(volatilities, 0.3);
        return new SizingInput(probabilities, volatilities, new double[probabilities.length][probabilities.length]);
    }

    @Test
    void fractionIsTheEdgeOverThePayoff() {
        assertEquals(0.2, Kelly.fraction(0.6, 1), EXACT);   // 0.6 - 0.4 / 1
        assertEquals(0.25, Kelly.fraction(0.5, 2), EXACT);  // 0.5 - 0.5 / 2
        assertEquals(0.0, Kelly.fraction(0.3, 2), EXACT);   // 0.3 - 0.7 / 2 = -0.05: no bet
    }

    /** Half Kelly at p = 0.5, b = 2: 0.5 * 0.25. */
    @Test
    void aFractionOfKellyScalesTheStandAloneBet() {
        assertEquals(0.125, new Kelly(2, 0.5).fractionOfEquity(0.5), EXACT);
    }

    /** b = 1: f = 2p - 1, so 0.6, 0.55, 0.45 give 0.2, 0.1, 0 (floored); normalised 2/3, 1/3, 0. Half Kelly cancels. */
    @Test
    void weightsAreProportionalToTheKellyFractions() {
        double[] weights = new Kelly(1, 0.5).weights(probabilities(0.6, 0.55, 0.45));
        assertArrayEquals(new double[] {2.0 / 3, 1.0 / 3, 0}, weights, EXACT);
    }

    @Test
    void noEdgeAnywhereMeansNothingIsHeld() {
        assertArrayEquals(new double[] {0, 0}, new Kelly(1, 0.5).weights(probabilities(0.5, 0.4)), 0);
    }

    @Test
    void badInputsAreNamed() {
        assertEquals("probability of name 1 is 1.2; it must be in [0, 1]", assertThrows(IllegalArgumentException.class,
                () -> new Kelly(1, 0.5).weights(probabilities(0.6, 1.2))).getMessage());
        assertEquals("Kelly payoff is 0.0; it must be positive and finite",
                assertThrows(IllegalArgumentException.class, () -> Kelly.fraction(0.6, 0)).getMessage());
        assertEquals("fraction of Kelly is 2.0; it must be in (0, 1]",
                assertThrows(IllegalArgumentException.class, () -> new Kelly(1, 2)).getMessage());
    }
}
