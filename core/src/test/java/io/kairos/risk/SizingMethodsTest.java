package io.kairos.risk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Choosing a sizing method by name, and its settings. */
class SizingMethodsTest {

    /** Two uncorrelated names of volatility 0.2 and 0.4, probabilities 0.6 and 0.55. */
    private static final SizingInput INPUT = new SizingInput(new double[] {0.6, 0.55}, new double[] {0.2, 0.4},
            new double[][] {{0.04, 0}, {0, 0.16}});

    @Test
    void everyNameGivesTheMethodOfThatName() {
        assertEquals(List.of("inverse_vol", "fixed_fractional", "kelly", "bayesian_kelly", "vol_target", "risk_parity",
                "max_diversification"), SizingMethods.names());
        for (String name : SizingMethods.names()) {
            assertEquals(name, SizingMethods.named(name, SizingSettings.DEFAULTS).name());
        }
        assertEquals("risk_parity", SizingMethods.named(" Risk_Parity ", SizingSettings.DEFAULTS).name());
    }

    /**
     * Every volatility-based method gives 1/0.2 : 1/0.4 = 2/3, 1/3 here (the names are uncorrelated); Kelly with
     * b = 1 gives 0.2 : 0.1 = 2/3, 1/3; Bayesian Kelly with n = 50 gives 0.136 : 0.034 = 0.8, 0.2 (see its test).
     */
    @Test
    void theDefaultsGiveTheHandComputedWeights() {
        for (String name : List.of("inverse_vol", "fixed_fractional", "vol_target", "risk_parity", "max_diversification", "kelly")) {
            assertArrayEquals(new double[] {2.0 / 3, 1.0 / 3}, SizingMethods.named(name, SizingSettings.DEFAULTS).weights(INPUT), 1e-9,
                    name);
        }
        assertArrayEquals(new double[] {0.8, 0.2}, SizingMethods.named("bayesian_kelly", SizingSettings.DEFAULTS).weights(INPUT), 1e-12);
    }

    @Test
    void anUnknownNameListsTheKnownOnes() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> SizingMethods.named("equal_weight", SizingSettings.DEFAULTS));
        assertEquals("unknown sizing method 'equal_weight'; the known ones are inverse_vol, fixed_fractional, kelly, bayesian_kelly,"
                + " vol_target, risk_parity, max_diversification", error.getMessage());
    }

    @Test
    void aBadSettingIsReportedWhateverMethodIsChosen() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new SizingSettings(0.01, 2.0, 1.0, 0.5, 0, 0.25));
        assertEquals("Bayesian Kelly prior strength is 0.0; it must be positive and finite", error.getMessage());
    }
}
