package io.kairos.execution.fill;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kairos.config.ConfigInputs;
import io.kairos.config.ConfigLoader;
import io.kairos.config.KairosConfig;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** costs.* in the configuration make the cost model of the simulated broker and the backtest. */
class CostModelConfigTest {

    @TempDir
    Path home;

    private CostModel from(Map<String, String> environment) {
        return CostModel.from(KairosConfig.from(home, ConfigLoader.load(ConfigInputs.standard(home, null, environment, Map.of()))).costs());
    }

    @Test
    void theDefaultsAreTheDocumentedModel() {
        assertEquals(CostModel.DEFAULTS, from(Map.of()));
    }

    @Test
    void basisPointsAndAQuotedSpreadReplacePerShareAndTheRange() {
        CostModel model = from(Map.of("KAIROS_COSTS_COMMISSION_BPS", "1.5", "KAIROS_COSTS_SPREAD_BPS", "4",
                "KAIROS_COSTS_IMPACT_K", "0.5", "KAIROS_COSTS_PARTICIPATION_CAP", "0.1"));
        assertEquals(new CostModel(new Commission.BasisPoints(1.5), new SpreadEstimate.Quoted(4), 0.5, 0.1), model);
    }
}
