package io.kairos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.kairos.execution.OrderRequest;
import io.kairos.execution.OrderSide;
import io.kairos.execution.TimeInForce;
import io.kairos.execution.fill.FillModel;
import io.kairos.execution.sim.SimBroker;
import io.kairos.ops.Json;
import io.kairos.portfolio.RebalanceStore;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kairos preflight and kairos config pin, black-box, on the 60-name store ready on Friday 2026-10-30 with a simulated
 * account holding 10 E01, at 18:00 New York time that day.
 */
class PreflightCommandTest {

    private static final Clock AFTER_CLOSE_2026_10_30 = Clock.fixed(Instant.parse("2026-10-30T22:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path home;

    private CliRun kairos() {
        return new CliRun(home).clock(AFTER_CLOSE_2026_10_30).env("USER", "ops");
    }

    /** The store, the simulated account, its records (reconcile) and the pin: ready to trade. */
    private void ready() throws Exception {
        Path db = home.resolve("data/kairos.duckdb");
        Files.createDirectories(db.getParent());
        try (RebalanceStore market = new RebalanceStore(db)) {
            SimBroker.open(market.store(), RebalanceStore.CALENDAR, FillModel.DEFAULTS, SimBroker.DEFAULT_INITIAL_CASH, RebalanceStore.DATE)
                    .fillAt(OrderRequest.market("k-20261030-E01", "E01", OrderSide.BUY, BigDecimal.TEN, TimeInForce.DAY),
                            new BigDecimal("50.00"));
        }
        CliRun.Result pinned = kairos().run("config", "pin");
        assertEquals(0, pinned.exitCode(), pinned::toString);
        assertTrue(pinned.out().endsWith(" settings (secrets are never part of the pin) to " + home.resolve("state/config.pin")
                + "\n" + "sha256 " + Json.mapper().readTree(home.resolve("state/config.pin").toFile()).get("sha256").asText()
                + ", at 2026-10-30T22:00:00Z by ops\n"), pinned.out());
        CliRun.Result reconciled = kairos().run("reconcile");
        assertEquals(0, reconciled.exitCode(), reconciled::toString);
    }

    /** One report line: the status, the name padded to the longest ("market calendar covers today", 28), the reason. */
    private static String line(String status, String name, String reason) {
        return String.format("%-4s  %-28s  %s%n", status, name, reason);
    }

    @Test
    void aReadyStoreIsReadyInPaperModeAndTheKillSwitchMakesItExit3() throws Exception {
        ready();

        CliRun.Result preflight = kairos().run("preflight");

        assertEquals(0, preflight.exitCode(), preflight::toString);
        assertTrue(preflight.out().startsWith(line("PASS", "configuration valid", "every setting valid; 0 set beyond the built-in"
                + " defaults (kairos config show lists them)")), preflight.out());
        assertTrue(preflight.out().contains(line("PASS", "kill switch off", "state/KILL_SWITCH absent")), preflight.out());
        assertTrue(preflight.out().contains(line("PASS", "positions reconcile", "venue sim: 1 order and 1 position agree with the"
                + " records")), preflight.out());
        assertTrue(preflight.out().contains(line("PASS", "data fresh", "sep_base has 2026-10-30, the last completed session")),
                preflight.out());
        assertTrue(preflight.out().contains("preflight (paper): 18 PASS, 0 WARN, 0 FAIL\nready\nwritten: "
                + home.resolve("outputs/preflight/2026-10-30") + "\n"), preflight.out());
        JsonNode written = Json.mapper().readTree(home.resolve("outputs/preflight/2026-10-30/preflight.json").toFile());
        assertTrue(written.get("ready").asBoolean());
        assertEquals(18, written.get("checks").size());
        assertTrue(Files.isRegularFile(home.resolve("outputs/preflight/2026-10-30/manifest.json")));

        assertEquals(0, kairos().run("kill-switch", "on", "--reason", "fills far from the picks").exitCode());
        CliRun.Result halted = kairos().run("preflight");

        assertEquals(3, halted.exitCode(), halted::toString);
        assertTrue(halted.out().contains(line("FAIL", "kill switch off", "ON since 2026-10-30T22:00:00Z by kairos kill-switch on"
                + " (user ops): fills far from the picks; once dealt with: kairos kill-switch off --confirm")), halted.out());
        assertTrue(halted.out().contains("preflight (paper): 17 PASS, 0 WARN, 1 FAIL\nNOT ready: fix the FAIL lines above\n"),
                halted.out());
    }

    @Test
    void aSettingChangedAfterThePinFailsNamingTheKey() throws Exception {
        ready();

        CliRun.Result changed = kairos().env("KAIROS_REBALANCE_FREQUENCY", "weekly").run("preflight");

        assertEquals(3, changed.exitCode(), changed::toString);
        assertTrue(changed.out().contains(line("FAIL", "config matches pin", "1 setting changed since the pin of"
                + " 2026-10-30T22:00:00Z by ops: rebalance.frequency: monthly -> weekly")), changed.out());
        assertEquals(0, kairos().run("preflight").exitCode(), "back to the pinned settings");
    }

    @Test
    void liveModeWithoutKeysFailsAndJsonAndVerboseSayTheSame() throws Exception {
        ready();

        CliRun.Result live = kairos().run("preflight", "--mode", "live", "--verbose");

        assertEquals(3, live.exitCode(), live::toString);
        assertTrue(live.out().contains(line("FAIL", "broker keys present", "no Alpaca keys: live mode needs ALPACA_API_KEY_ID and"
                + " ALPACA_API_SECRET_KEY") + "      Looks for ALPACA_API_KEY_ID and ALPACA_API_SECRET_KEY"), live.out());
        assertTrue(live.out().contains(line("FAIL", "mode matches base URL", "live mode, but https://paper-api.alpaca.markets is a"
                + " paper host: set ALPACA_BASE_URL to https://api.alpaca.markets, or run --mode paper")), live.out());
        assertTrue(live.out().contains(line("FAIL", "broker reachable", "skipped: live mode needs the Alpaca keys, and they are not"
                + " set")), live.out());

        CliRun.Result json = kairos().run("preflight", "--mode", "live", "--json");
        assertEquals(3, json.exitCode(), json::toString);
        JsonNode report = Json.mapper().readTree(json.out());
        assertEquals("live", report.get("mode").asText());
        assertFalse(report.get("ready").asBoolean());
        assertEquals(live.out().lines().filter(text -> text.startsWith("FAIL  ")).count(), report.get("fail").asLong());
        assertEquals("broker keys present", report.get("checks").get(2).get("check").asText());
        assertEquals("FAIL", report.get("checks").get(2).get("status").asText());
    }

    @Test
    void aBrokenConfigurationIsAFailLineNotACrash() throws Exception {
        Files.createDirectories(home.resolve("config"));
        Files.writeString(home.resolve("config/risk.yaml"), "max_position_pct: lots\n");

        CliRun.Result broken = kairos().run("preflight");

        assertEquals(3, broken.exitCode(), broken::toString);
        assertTrue(broken.out().startsWith("FAIL  configuration valid           Invalid value 'lots' for risk.max_position_pct"
                + " (config/risk.yaml"), broken.out());
        assertTrue(broken.out().contains(line("FAIL", "data fresh", "skipped: configuration invalid")), broken.out());
        assertEquals(2, kairos().run("config", "pin").exitCode(), "an invalid configuration is not pinned");
        assertFalse(Files.exists(home.resolve("state/config.pin")));
    }
}
