package io.kairos.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kairos.risk.RiskLimits;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The risk limits come from config/risk.yaml, a file of keys without a section line. */
class RiskLimitsConfigTest {

    @TempDir
    Path home;

    private EffectiveConfig effective(Map<String, String> environment) {
        return ConfigLoader.load(ConfigInputs.standard(home, null, environment, Map.of()));
    }

    private RiskLimits limits(Map<String, String> environment) {
        return KairosConfig.from(home, effective(environment)).risk();
    }

    private void file(String name, String text) throws IOException {
        Files.createDirectories(home.resolve("config"));
        Files.writeString(home.resolve("config").resolve(name), text);
    }

    @Test
    void withoutTheFileEveryLimitHasItsDefault() {
        assertEquals(RiskLimits.DEFAULTS, limits(Map.of()));
        assertEquals(new RiskLimits(new BigDecimal("0.10"), 20, new BigDecimal("0.40"), 2, new BigDecimal("0.05"),
                new BigDecimal("0.15")), RiskLimits.DEFAULTS);
        assertEquals("built-in default", effective(Map.of()).value("risk.max_drawdown_pct").orElseThrow().location());
    }

    @Test
    void theShippedFileSetsTheDefaults() throws IOException {
        file("risk.yaml", Files.readString(Path.of("..", "config", "risk.yaml")));
        assertEquals(RiskLimits.DEFAULTS, limits(Map.of()));
        assertEquals("config/risk.yaml line 11", effective(Map.of()).value("risk.max_position_pct").orElseThrow().location());
    }

    @Test
    void fileThenDotEnvThenEnvironment() throws IOException {
        file("risk.yaml", "# limits\nmax_position_pct: 0.08\nmax_portfolio_positions: 30\nmax_sector_exposure: 0.25\n");
        Files.writeString(home.resolve(".env"), "KAIROS_RISK_MAX_PORTFOLIO_POSITIONS=40\n");
        EffectiveConfig effective = effective(Map.of("KAIROS_RISK_MAX_SECTOR_EXPOSURE", "0.3"));
        RiskLimits limits = KairosConfig.from(home, effective).risk();

        assertEquals(new BigDecimal("0.08"), limits.maxPositionPct());
        assertEquals(40, limits.maxPortfolioPositions());
        assertEquals(new BigDecimal("0.3"), limits.maxSectorExposure());
        assertEquals(new BigDecimal("0.05"), limits.maxDailyLossPct());
        assertEquals("config/risk.yaml line 2", effective.value("risk.max_position_pct").orElseThrow().location());
        assertEquals(".env line 1 (KAIROS_RISK_MAX_PORTFOLIO_POSITIONS)",
                effective.value("risk.max_portfolio_positions").orElseThrow().location());
        assertEquals("environment variable KAIROS_RISK_MAX_SECTOR_EXPOSURE",
                effective.value("risk.max_sector_exposure").orElseThrow().location());
    }

    @Test
    void badValueIsNamedWithFileAndLine() throws IOException {
        file("risk.yaml", "max_position_pct: 0.10\nmax_drawdown_pct: 15\n");
        assertEquals("Invalid value '15' for risk.max_drawdown_pct (config/risk.yaml line 2): expected a number above 0 and"
                + " at most 1, e.g. 0.10 for 10%.", assertThrows(ConfigException.class, () -> limits(Map.of())).getMessage());

        file("risk.yaml", "max_portfolio_positions: 0\n");
        assertEquals("Invalid value '0' for risk.max_portfolio_positions (config/risk.yaml line 1): expected a whole number"
                + " from 1 to 10000.", assertThrows(ConfigException.class, () -> limits(Map.of())).getMessage());
    }

    @Test
    void badValueFromTheEnvironmentNamesTheVariable() {
        assertEquals("Invalid value 'ten' for risk.max_position_pct (environment variable KAIROS_RISK_MAX_POSITION_PCT):"
                + " expected a number above 0 and at most 1, e.g. 0.10 for 10%.",
                assertThrows(ConfigException.class, () -> limits(Map.of("KAIROS_RISK_MAX_POSITION_PCT", "ten"))).getMessage());
    }

    @Test
    void unknownKeyIsNamedWithFileLineAndTheKnownKeys() throws IOException {
        file("risk.yaml", "max_position_pct: 0.10\nmax_positon_pct: 0.2\n");
        assertEquals("Unknown key 'risk.max_positon_pct' in config/risk.yaml line 2. Did you mean 'max_position_pct'?"
                + " Known keys under risk: max_position_pct, max_portfolio_positions, max_sector_exposure, max_price_age_sessions,"
                + " max_daily_loss_pct, max_drawdown_pct.", assertThrows(ConfigException.class, () -> limits(Map.of())).getMessage());
    }

    @Test
    void aSectionLineOrASectionInKairosYamlIsRefused() throws IOException {
        file("risk.yaml", "risk:\n  max_position_pct: 0.10\n");
        assertEquals("config/risk.yaml line 1: the keys of this file sit at its top level, without a 'risk:' line.",
                assertThrows(ConfigException.class, () -> limits(Map.of())).getMessage());

        Files.delete(home.resolve("config/risk.yaml"));
        file("kairos.yaml", "store:\n  db: x.duckdb\nrisk:\n  max_position_pct: 0.2\n");
        assertEquals("Section 'risk' in config/kairos.yaml line 3 belongs in config/risk.yaml: move its keys there, without"
                + " the 'risk:' line.", assertThrows(ConfigException.class, () -> limits(Map.of())).getMessage());
    }

    @Test
    void aFileThatIsNotAMappingIsRefusedWithItsLine() throws IOException {
        file("risk.yaml", "- max_position_pct\n");
        assertEquals("config/risk.yaml line 1: the file must be a mapping of keys such as 'max_position_pct: ...'.",
                assertThrows(ConfigException.class, () -> limits(Map.of())).getMessage());
    }
}
