package io.kairos.ops.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.config.ConfigPin;
import io.kairos.execution.alpaca.FakeAlpaca;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The configuration checks: valid, pinned, broker keys, mode against the Alpaca host. No store is needed. */
class ConfigChecksTest {

    private static final Instant PINNED = Instant.parse("2026-10-29T21:00:00Z");

    @TempDir
    Path dir;

    private PreflightHome home() {
        return new PreflightHome(dir);
    }

    private static void assertOutcome(PreflightStatus status, String reason, PreflightOutcome outcome) {
        assertEquals(status + " " + reason, outcome.status() + " " + outcome.reason());
    }

    private Path pinFile() {
        return dir.resolve("state").resolve(ConfigPin.FILE);
    }

    @Test
    void aBrokenConfigurationIsAFailLineAndTheChecksNeedingItAreSkipped() throws Exception {
        Files.createDirectories(dir.resolve("config"));
        Files.writeString(dir.resolve("config/risk.yaml"), "max_position_pct: lots\n");

        PreflightReport report;
        try (PreflightSubject subject = home().subject(PreflightMode.PAPER)) {
            report = Preflight.standard().run(subject);
        }

        assertEquals(18, report.checks().size(), "every check reports, none crashes");
        PreflightOutcome config = report.checks().get(0);
        assertEquals("configuration valid", config.check());
        assertEquals(PreflightStatus.FAIL, config.status());
        assertTrue(config.reason().startsWith("Invalid value 'lots' for risk.max_position_pct (config/risk.yaml"), config.reason());
        assertOutcome(PreflightStatus.FAIL, "skipped: configuration invalid", named(report, "data fresh"));
        assertOutcome(PreflightStatus.FAIL, "skipped: configuration invalid", named(report, "broker reachable"));
        assertOutcome(PreflightStatus.PASS, "state/KILL_SWITCH absent", named(report, "kill switch off"));
        assertFalse(report.ready());
    }

    @Test
    void aValidConfigurationPasses() {
        assertOutcome(PreflightStatus.PASS, "every setting valid; 1 set beyond the built-in defaults (kairos config show lists them)",
                home().env("KAIROS_REBALANCE_FREQUENCY", "weekly").run(new ConfigValidCheck()));
    }

    @Test
    void withoutAPinPaperWarnsAndLiveFails() {
        String reason = "no config pin (state/config.pin): review kairos config show, then run kairos config pin";
        assertOutcome(PreflightStatus.WARN, reason, home().run(new ConfigPinCheck(), PreflightMode.PAPER));
        assertOutcome(PreflightStatus.FAIL, reason, home().run(new ConfigPinCheck(), PreflightMode.LIVE));
    }

    @Test
    void thePinnedConfigurationPassesAndAChangedSettingFailsNamingIt() {
        ConfigPin pin = ConfigPin.of(home().effective(), PINNED, "ops");
        pin.write(pinFile());

        assertOutcome(PreflightStatus.PASS, "matches the pin of 2026-10-29T21:00:00Z by ops (sha256 " + pin.sha256().substring(0, 12)
                + ")", home().run(new ConfigPinCheck(), PreflightMode.LIVE));
        assertOutcome(PreflightStatus.FAIL, "1 setting changed since the pin of 2026-10-29T21:00:00Z by ops: rebalance.frequency:"
                + " monthly -> weekly", home().env("KAIROS_REBALANCE_FREQUENCY", "weekly").run(new ConfigPinCheck()));
    }

    @Test
    void aPinEditedByHandFails() throws Exception {
        ConfigPin.of(home().effective(), PINNED, "ops").write(pinFile());
        Files.writeString(pinFile(), Files.readString(pinFile()).replace("\"monthly\"", "\"weekly\""));

        assertOutcome(PreflightStatus.FAIL, "state/config.pin was edited by hand: its settings do not give its sha256; run kairos"
                + " config pin again once the configuration is reviewed", home().env("KAIROS_REBALANCE_FREQUENCY", "weekly")
                .run(new ConfigPinCheck()));
    }

    @Test
    void thePinHoldsNoSecretAndASecretChangeIsNoPinChange() throws Exception {
        PreflightHome withKeys = home().env("ALPACA_API_KEY_ID", FakeAlpaca.KEY_ID).env("ALPACA_API_SECRET_KEY", FakeAlpaca.SECRET_KEY)
                .env("NASDAQ_DATA_LINK_API_KEY", "nasdaq-secret-123");
        ConfigPin.of(withKeys.effective(), PINNED, "ops").write(pinFile());

        String written = Files.readString(pinFile());
        assertFalse(written.contains(FakeAlpaca.KEY_ID) || written.contains(FakeAlpaca.SECRET_KEY)
                || written.contains("nasdaq-secret-123") || written.contains("secrets."), written);
        assertTrue(written.contains("\"rebalance.frequency\" : \"monthly\""), written);
        assertEquals(PreflightStatus.PASS, home().run(new ConfigPinCheck()).status(), "keys are not part of the pin");
    }

    @Test
    void brokerKeysPaperWithoutKeysPassesLiveFailsOneKeyWarnsAndValuesAreNeverShown() {
        assertOutcome(PreflightStatus.PASS, "no Alpaca keys: the simulated broker in the store is used",
                home().run(new BrokerKeysCheck(), PreflightMode.PAPER));
        assertOutcome(PreflightStatus.FAIL, "no Alpaca keys: live mode needs ALPACA_API_KEY_ID and ALPACA_API_SECRET_KEY",
                home().run(new BrokerKeysCheck(), PreflightMode.LIVE));
        PreflightHome oneKey = home().env("ALPACA_API_KEY_ID", FakeAlpaca.KEY_ID);
        assertOutcome(PreflightStatus.WARN, "only one Alpaca key is set (environment variable ALPACA_API_KEY_ID): set both"
                + " ALPACA_API_KEY_ID and ALPACA_API_SECRET_KEY, or neither for the simulated broker", oneKey.run(new BrokerKeysCheck()));
        assertEquals(PreflightStatus.FAIL, oneKey.run(new BrokerKeysCheck(), PreflightMode.LIVE).status());
        PreflightOutcome both = oneKey.env("ALPACA_API_SECRET_KEY", FakeAlpaca.SECRET_KEY).run(new BrokerKeysCheck(), PreflightMode.LIVE);
        assertOutcome(PreflightStatus.PASS, "Alpaca keys set (environment variable ALPACA_API_KEY_ID, environment variable"
                + " ALPACA_API_SECRET_KEY)", both);
    }

    @Test
    void liveModeOnAPaperHostFails() {
        assertOutcome(PreflightStatus.FAIL, "live mode, but https://paper-api.alpaca.markets is a paper host: set ALPACA_BASE_URL"
                + " to https://api.alpaca.markets, or run --mode paper", home().run(new BaseUrlModeCheck(), PreflightMode.LIVE));
        assertOutcome(PreflightStatus.PASS, "live mode at https://api.alpaca.markets", home()
                .env("ALPACA_BASE_URL", "https://api.alpaca.markets").run(new BaseUrlModeCheck(), PreflightMode.LIVE));
    }

    @Test
    void paperModeOnALiveHostFailsWithKeysAndWarnsWithout() {
        PreflightHome live = home().env("ALPACA_BASE_URL", "https://api.alpaca.markets");
        assertOutcome(PreflightStatus.WARN, "paper mode uses the simulated broker, but https://api.alpaca.markets trades real money"
                + " once Alpaca keys are set", live.run(new BaseUrlModeCheck()));
        assertOutcome(PreflightStatus.FAIL, "paper mode, but https://api.alpaca.markets trades real money: set ALPACA_BASE_URL to"
                + " https://paper-api.alpaca.markets, or run --mode live", live.env("ALPACA_API_KEY_ID", FakeAlpaca.KEY_ID)
                .env("ALPACA_API_SECRET_KEY", FakeAlpaca.SECRET_KEY).run(new BaseUrlModeCheck()));
        assertOutcome(PreflightStatus.PASS, "paper mode at https://paper-api.alpaca.markets (unused: no Alpaca keys, the simulated"
                + " broker)", home().run(new BaseUrlModeCheck()));
    }

    static PreflightOutcome named(PreflightReport report, String name) {
        return report.checks().stream().filter(check -> check.check().equals(name)).findFirst().orElseThrow();
    }

    static List<String> names(PreflightReport report) {
        return report.checks().stream().map(PreflightOutcome::check).toList();
    }
}
