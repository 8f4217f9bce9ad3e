package io.kairos.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kairos.research.scan.ScanSettings;
import io.kairos.research.smallaccount.SmallAccountRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** scan.* and small_account.*: the defaults of the issue, and rules that contradict each other refused naming the keys. */
class LabConfigTest {

    @TempDir
    Path home;

    private KairosConfig load(String yaml) throws IOException {
        Files.createDirectories(home.resolve("config"));
        Files.writeString(home.resolve("config/kairos.yaml"), yaml);
        return KairosConfig.from(home, ConfigLoader.load(ConfigInputs.standard(home, null, Map.of(), Map.of())));
    }

    @Test
    void theDefaultsAreTheIssues() throws IOException {
        KairosConfig config = load("");

        assertEquals(new ScanSettings(20, 1_000_000, 0.5, 50), config.scan());
        assertEquals(new SmallAccountRules(1000, 0.01, 0.6, 0.4, 0.005, 2, 3, 0.01, 0.02, 0.01, 5, 0.01, 0.015, 0.0075, 0.005, 0.02, 2),
                config.smallAccount());
    }

    @Test
    void theShippedConfigurationHoldsTheDefaults() throws IOException {
        KairosConfig config = load(Files.readString(Path.of("..", "config", "kairos.yaml")));

        assertEquals(ScanSettings.DEFAULTS, config.scan());
        assertEquals(SmallAccountRules.DEFAULTS, config.smallAccount());
    }

    @Test
    void aReduceLevelAtTheLiquidationLevelIsRefusedNamingTheKeysAndWhereTheyWereSet() throws IOException {
        ConfigException error = assertThrows(ConfigException.class, () -> load("small_account:\n  reduce_drawdown: 0.02\n"));

        assertEquals("small_account.alert_drawdown (0.01) <= small_account.reduce_drawdown (0.02) < small_account.liquidate_drawdown"
                + " (0.02) < 1 must hold, the alert above 0. Change small_account.alert_drawdown (built-in default) or"
                + " small_account.reduce_drawdown (config/kairos.yaml line 2) or small_account.liquidate_drawdown (built-in default).",
                error.getMessage());
    }

    @Test
    void aLooserReducedStopAndFractionsAboveOneAreRefused() throws IOException {
        ConfigException looser = assertThrows(ConfigException.class, () -> load("small_account:\n  reduced_stop_pct: 0.02\n"));
        ConfigException over = assertThrows(ConfigException.class, () -> load("small_account:\n  initial_fraction: 0.7\n"));

        assertEquals("small_account.reduced_stop_pct (0.02) must be above 0 and at most small_account.stop_pct (0.01): reducing"
                + " tightens the stops. Change small_account.stop_pct (built-in default) or small_account.reduced_stop_pct"
                + " (config/kairos.yaml line 2).", looser.getMessage());
        assertEquals("small_account.initial_fraction (0.7) and small_account.add_fraction (0.4) must be fractions that add up to at"
                + " most 1, the entry above 0. Change small_account.initial_fraction (config/kairos.yaml line 2) or"
                + " small_account.add_fraction (built-in default).", over.getMessage());
    }
}
