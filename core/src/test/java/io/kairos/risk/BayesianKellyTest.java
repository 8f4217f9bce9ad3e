package io.kairos.risk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The Bayesian Kelly estimate and its shrunk fraction by hand, in exact fractions. */
class BayesianKellyTest {

    private static final double EXACT = 1e-12;

    /**
     * 6 wins of +2%, 4 losses of -1% and one flat trade (ignored); prior Beta(1, 1).
     * p ~ Beta(7, 5): E[p] = 7/12, Var[p] = 7 * 5 / (12^2 * 13) = 35/1872.
     * Every win is 0.02 and every loss 0.01: b = 2, s_w^2 = s_l^2 = 0, so Var[b] = 0.
     * E[e] = 7/12 * (2 + 1) - 1 = 3/4; Var[e] = Var[p] (2 + 1)^2 = 315/1872 = 35/208.
     * f = (3/4) / 2 = 3/8 (= 7/12 - (5/12) / 2); E[e]^2 = 9/16 = 117/208, so
     * f* = 3/8 * 117 / (117 + 35) = 3/8 * 117/152 = 351/1216 = 0.28865.
     */
    @Test
    void sixWinsOfTwoAndFourLossesOfOne() {
        double[] record = {0.02, -0.01, 0.02, 0.02, -0.01, 0.0, 0.02, -0.01, 0.02, -0.01, 0.02};
        BayesianKelly.Estimate estimate = BayesianKelly.fromOutcomes(record);
        assertEquals(7, estimate.alpha(), EXACT);
        assertEquals(5, estimate.beta(), EXACT);
        assertEquals(7.0 / 12, estimate.winRate(), EXACT);
        assertEquals(35.0 / 1872, estimate.winRateVariance(), EXACT);
        assertEquals(2, estimate.payoff(), EXACT);
        assertEquals(0, estimate.payoffVariance(), EXACT);
        assertEquals(0.75, estimate.edge(), EXACT);
        assertEquals(35.0 / 208, estimate.edgeVariance(), EXACT);
        assertEquals(3.0 / 8, estimate.kellyFraction(), EXACT);
        assertEquals(351.0 / 1216, estimate.shrunkFraction(), EXACT);
    }

    /**
     * Wins 0.01, 0.03, 0.02, 0.02: n_w = 4, m_w = 0.02, s_w^2 = (0.0001 + 0.0001) / 3.
     * Losses -0.005, -0.015: n_l = 2, m_l = 0.01, s_l^2 = (0.000025 + 0.000025) / 1 = 0.00005.
     * b = 2; Var[b] = 4 (0.0002/3 / (4 * 0.0004) + 0.00005 / (2 * 0.0001)) = 4 (1/24 + 1/4) = 7/6.
     * p ~ Beta(5, 3): E[p] = 5/8, Var[p] = 15 / (64 * 9) = 5/192.
     * E[e] = 5/8 * 3 - 1 = 7/8.
     * Var[e] = 5/192 * 7/6 + 5/192 * 9 + 7/6 * 25/64 = (35 + 270 + 525) / 1152 = 830/1152 = 415/576.
     * f = (7/8) / 2 = 7/16; E[e]^2 = 49/64 = 441/576; f* = 7/16 * 441 / (441 + 415) = 3087/13696 = 0.22540.
     */
    @Test
    void anUncertainPayoffShrinksTheFractionFurther() {
        BayesianKelly.Estimate estimate = BayesianKelly.fromOutcomes(new double[] {0.01, -0.005, 0.03, 0.02, -0.015, 0.02}, 1, 1);
        assertEquals(5.0 / 8, estimate.winRate(), EXACT);
        assertEquals(5.0 / 192, estimate.winRateVariance(), EXACT);
        assertEquals(2, estimate.payoff(), EXACT);
        assertEquals(7.0 / 6, estimate.payoffVariance(), 1e-9);
        assertEquals(7.0 / 8, estimate.edge(), EXACT);
        assertEquals(415.0 / 576, estimate.edgeVariance(), 1e-9);
        assertEquals(7.0 / 16, estimate.kellyFraction(), EXACT);
        assertEquals(3087.0 / 13696, estimate.shrunkFraction(), 1e-9);
    }

    /** 2 wins of +1%, 3 losses of -1%: E[p] = 3/7 with the Beta(1, 1) prior, b = 1, E[e] = 6/7 - 1 < 0: no bet. */
    @Test
    void noEdgeGivesZero() {
        BayesianKelly.Estimate estimate = BayesianKelly.fromOutcomes(new double[] {0.01, 0.01, -0.01, -0.01, -0.01});
        assertEquals(-1.0 / 7, estimate.edge(), EXACT);
        assertEquals(0, estimate.kellyFraction(), 0);
        assertEquals(0, estimate.shrunkFraction(), 0);
    }

    /**
     * b = 1, n = 50. p = 0.6: Beta(30, 20), Var[p] = 0.24 / 51, E[e] = 0.2, Var[e] = 4 * 0.24 / 51 = 0.96 / 51,
     * f = 0.2, f* = 0.2 * 0.04 / (0.04 + 0.96/51) = 0.2 * 2.04 / 3 = 0.136.
     * p = 0.55: Var[e] = 4 * 0.2475 / 51 = 0.99 / 51, E[e] = 0.1, f* = 0.1 * 0.51 / 1.5 = 0.034.
     * p = 0.45: no edge. Normalised: 0.136 / 0.17 = 0.8, 0.034 / 0.17 = 0.2, 0 (Kelly gives 2/3, 1/3, 0).
     */
    @Test
    void asASizingMethodTheSurerEdgeGetsMore() {
        double[] weights = new BayesianKelly(1, 50).weights(KellyTest.probabilities(0.6, 0.55, 0.45));
        assertArrayEquals(new double[] {0.8, 0.2, 0}, weights, EXACT);
    }

    /** p = 1 is a point mass: Var[e] = 0, f* = f = 1 - 0 / 1 = 1; with p = 0.6 (0.136 above): 1 / 1.136 and 0.136 / 1.136. */
    @Test
    void aCertainWinIsAPointMass() {
        double[] weights = new BayesianKelly(1, 50).weights(KellyTest.probabilities(1.0, 0.6));
        assertArrayEquals(new double[] {1 / 1.136, 0.136 / 1.136}, weights, EXACT);
    }

    @Test
    void noEdgeAnywhereMeansNothingIsHeld() {
        assertArrayEquals(new double[] {0, 0}, new BayesianKelly(1, 50).weights(KellyTest.probabilities(0.5, 0.0)), 0);
    }

    @Test
    void badInputsAreNamed() {
        assertEquals("the record of 4 trades has 1 wins and 3 losses; the payoff and its variance need at least 2 of each",
                assertThrows(IllegalArgumentException.class,
                        () -> BayesianKelly.fromOutcomes(new double[] {0.01, -0.01, -0.01, -0.02})).getMessage());
        assertEquals("trade return 1 is NaN; it must be finite", assertThrows(IllegalArgumentException.class,
                () -> BayesianKelly.fromOutcomes(new double[] {0.01, Double.NaN})).getMessage());
        assertEquals("prior wins is -1.0; it must be zero or more and finite", assertThrows(IllegalArgumentException.class,
                () -> BayesianKelly.fromOutcomes(new double[] {0.01}, -1, 1)).getMessage());
        assertEquals("Bayesian Kelly prior strength is 0.0; it must be positive and finite",
                assertThrows(IllegalArgumentException.class, () -> new BayesianKelly(1, 0)).getMessage());
        assertEquals("probability of name 0 is -0.1; it must be in [0, 1]", assertThrows(IllegalArgumentException.class,
                () -> new BayesianKelly(1, 50).weights(KellyTest.probabilities(-0.1))).getMessage());
    }
}
