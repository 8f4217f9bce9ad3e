package io.kairos.ops.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.execution.Broker;
import io.kairos.execution.BrokerException;
import io.kairos.ops.audit.AuditLog;
import io.kairos.pipeline.Checkpoint;
import io.kairos.risk.EquityPeak;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The probe over real files and a real store; the clock is Friday 2026-11-20 after the close unless said. */
class HealthProbeTest {

    private static final Clock CLOCK = HealthHome.FRIDAY_AFTER_CLOSE;
    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);

    @TempDir
    Path dir;

    private HealthHome healthy() {
        HealthHome home = new HealthHome(dir).store(FRIDAY, "2026-10-30").simAccount(FRIDAY);
        Instant at = Instant.parse("2026-11-20T21:30:00Z");
        home.checkpoint("2026-11-20", 1, "download", Checkpoint.Status.DONE, 0, 12.5, at);
        home.checkpoint("2026-11-20", 2, "audit", Checkpoint.Status.DONE, 0, 3.0, at.plusSeconds(3));
        return home;
    }

    private static HealthState state(HealthReport report, String component) {
        return report.component(component).orElseThrow(() -> new AssertionError("no " + component)).state();
    }

    private static String detail(HealthReport report, String component) {
        return report.component(component).orElseThrow().detail();
    }

    @Test
    void aHealthyHomeIsOkWithItsFigures() {
        HealthReport report = healthy().probe(CLOCK).probe();

        assertEquals(HealthState.OK, report.overall(), report::toString);
        assertEquals(List.of(), report.alerts());
        assertEquals(List.of("kill_switch", "pipeline", "heartbeat", "data", "model", "orders", "broker", "audit_log", "reconcile"),
                report.components().stream().map(HealthComponent::name).toList());
        assertEquals("prices up to 2026-11-20, 0 sessions behind the last completed session 2026-11-20", detail(report, "data"));
        assertEquals(Optional.of(0.0), report.reading(Reading.DATA_AGE_SESSIONS));
        // 2026-10-30 to 2026-11-20: 1 day of October and 20 of November.
        assertEquals(Optional.of(21.0), report.reading(Reading.MODEL_AGE_DAYS));
        assertEquals(Optional.of(100000.0), report.reading(Reading.ACCOUNT_EQUITY_DOLLARS));
        assertEquals(Optional.of(0.0), report.reading(Reading.ACCOUNT_POSITIONS));
        assertEquals(Optional.of(0.0), report.reading(Reading.ACCOUNT_DRAWDOWN_RATIO), "no peak recorded: at the peak");
        assertEquals(Optional.of(0.0), report.reading(Reading.KILL_SWITCH));
        assertEquals("sim (paper): equity 100000.00, 0 positions, drawdown 0.00% from the peak 100000.00", detail(report, "broker"));
        assertEquals(LocalDate.of(2026, 11, 30), report.nextRebalance(), "the last session of November 2026 (a Monday)");
        assertEquals("2026-11-20", report.lastRun().date());
        assertEquals(HealthState.UNKNOWN, state(report, "heartbeat"), "no run has beaten yet");
        assertEquals(HealthState.UNKNOWN, state(report, "orders"));
        assertEquals(HealthState.UNKNOWN, state(report, "audit_log"));
    }

    @Test
    void dataAgeCountsSessionsAfterTheLatestPriceUpToTheLastCompletedOne() {
        // Prices to Tuesday 11-17: Wednesday, Thursday and Friday are missing, 3 > risk.max_price_age_sessions 2.
        HealthReport stale = new HealthHome(dir.resolve("a")).store(LocalDate.of(2026, 11, 17), "2026-10-30").probe(CLOCK).probe();
        assertEquals(HealthState.FAIL, state(stale, "data"));
        assertEquals(Optional.of(3.0), stale.reading(Reading.DATA_AGE_SESSIONS));
        assertEquals("prices up to 2026-11-17, 3 sessions behind the last completed session 2026-11-20, beyond"
                + " risk.max_price_age_sessions 2 (orders would be refused): run kairos download", detail(stale, "data"));
        assertEquals(HealthState.FAIL, stale.overall());

        HealthReport behind = new HealthHome(dir.resolve("b")).store(LocalDate.of(2026, 11, 19), "2026-10-30").probe(CLOCK).probe();
        assertEquals(HealthState.WARN, state(behind, "data"));
        assertEquals(Optional.of(1.0), behind.reading(Reading.DATA_AGE_SESSIONS));
        assertEquals(HealthState.WARN, behind.overall());

        // Friday 11-27 after its early close; prices to Tuesday 11-24: Wednesday and Friday missing, Thanksgiving closed.
        Clock afterThanksgiving = Clock.fixed(Instant.parse("2026-11-27T22:00:00Z"), ZoneOffset.UTC);
        HealthReport holiday = new HealthHome(dir.resolve("c")).store(LocalDate.of(2026, 11, 24), "2026-10-30")
                .probe(afterThanksgiving).probe();
        assertEquals(Optional.of(2.0), holiday.reading(Reading.DATA_AGE_SESSIONS));
        assertEquals(HealthState.WARN, state(holiday, "data"));
    }

    @Test
    void theKillSwitchOnFailsTheWholeReport() {
        HealthReport report = healthy().killSwitch("fills far from the picks").probe(CLOCK).probe();
        assertEquals(HealthState.FAIL, report.overall());
        assertEquals(Optional.of(1.0), report.reading(Reading.KILL_SWITCH));
        assertEquals(List.of("FAIL kill_switch: ON since 2026-11-20T22:00:00Z by test: fills far from the picks; no order may go out"
                + " until kairos kill-switch off --confirm"), report.alerts());
    }

    @Test
    void aBlockedStageIsAWarningAlertAndAFailedOneAFailure() {
        HealthHome home = healthy();
        home.checkpoint("2026-11-20", 8, "validate", Checkpoint.Status.FORCED, 3, 4.0, Instant.parse("2026-11-20T21:39:00Z"));
        HealthReport forced = home.probe(CLOCK).probe();
        assertEquals(List.of("WARN pipeline: the run for 2026-11-20 went through, but validate refused and was passed by --force;"
                + " see what it reported"), forced.alerts(), "an overridden refusal is for a person to know");

        home.checkpoint("2026-11-20", 8, "validate", Checkpoint.Status.BLOCKED, 3, 4.0, Instant.parse("2026-11-20T21:40:00Z"));
        HealthReport blocked = home.probe(CLOCK).probe();
        assertEquals(HealthState.WARN, blocked.overall());
        assertEquals(List.of("WARN pipeline: the run for 2026-11-20 stopped at validate: refused by a safety check (exit 3) at"
                + " 2026-11-20T21:40:00Z; see what it reported, then kairos pipeline --resume (or --force)"), blocked.alerts());

        home.checkpoint("2026-11-20", 8, "validate", Checkpoint.Status.FAILED, 1, 4.0, Instant.parse("2026-11-20T21:41:00Z"));
        HealthReport failed = home.probe(CLOCK).probe();
        assertEquals(HealthState.FAIL, state(failed, "pipeline"));
        assertTrue(detail(failed, "pipeline").startsWith("the run for 2026-11-20 stopped at validate: failed (exit 1)"));
    }

    @Test
    void theLatestRunIsTheOneThatWroteLastWhateverItsDate() {
        HealthHome home = healthy();
        home.checkpoint("2026-11-13", 1, "download", Checkpoint.Status.FAILED, 1, 1.0, Instant.parse("2026-11-13T22:00:00Z"));
        assertEquals("2026-11-20", home.probe(CLOCK).probe().lastRun().date(), "the older run's failure is history");
        home.checkpoint("2026-11-13", 1, "download", Checkpoint.Status.FAILED, 1, 1.0, Instant.parse("2026-11-20T21:50:00Z"));
        assertEquals("2026-11-13", home.probe(CLOCK).probe().lastRun().date(), "re-run later, it is the latest");
    }

    @Test
    void aLiveRunWhoseHeartbeatStoppedLooksHungAndADeadOneLeftItsLock() throws Exception {
        long self = ProcessHandle.current().pid();
        HealthHome home = healthy().lock(self).heartbeat(Instant.parse("2026-11-20T21:59:00Z"), "backtest", self);
        HealthReport beating = home.probe(CLOCK).probe();
        assertEquals(HealthState.OK, state(beating, "heartbeat"));
        assertEquals(Optional.of(60.0), beating.reading(Reading.HEARTBEAT_AGE_SECONDS));
        assertEquals(Optional.of(1.0), beating.reading(Reading.PIPELINE_RUNNING));

        home.heartbeat(Instant.parse("2026-11-20T21:50:00Z"), "backtest", self);
        HealthReport hung = home.probe(CLOCK).probe();
        assertEquals(HealthState.FAIL, state(hung, "heartbeat"));
        assertEquals(Optional.of(600.0), hung.reading(Reading.HEARTBEAT_AGE_SECONDS));
        assertEquals("FAIL heartbeat: the run of pid " + self + " holds the lock but has not beaten for more than 5 min: it looks hung;"
                + " last beat 2026-11-20T21:50:00Z (10 min ago, stage backtest, pid " + self + "); look at the process (jstack " + self
                + ") or stop it", hung.alerts().get(0));

        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        home.lock(gone.pid());
        HealthReport dead = home.probe(CLOCK).probe();
        assertEquals(HealthState.WARN, state(dead, "heartbeat"));
        assertEquals(Optional.of(0.0), dead.reading(Reading.PIPELINE_RUNNING));
        assertTrue(detail(dead, "heartbeat").startsWith("the run of pid " + gone.pid() + " is gone but left "), detail(dead, "heartbeat"));
    }

    @Test
    void aDrawdownBeyondTheLimitFromTheRecordedPeakFails() {
        HealthHome home = healthy();
        EquityPeak peak = new EquityPeak(home.state(), CLOCK);
        peak.record(new BigDecimal("110000"));
        HealthReport within = home.probe(CLOCK).probe();
        // 1 - 100000 / 110000 = 0.0909..., under risk.max_drawdown_pct 0.15.
        assertEquals(1 - 100000.0 / 110000.0, within.reading(Reading.ACCOUNT_DRAWDOWN_RATIO).orElseThrow(), 1e-12);
        assertEquals(HealthState.OK, state(within, "broker"));

        peak.record(new BigDecimal("125000"));
        HealthReport beyond = home.probe(CLOCK).probe();
        assertEquals(0.2, beyond.reading(Reading.ACCOUNT_DRAWDOWN_RATIO).orElseThrow(), 1e-12);
        assertEquals("sim (paper): equity 100000.00, 0 positions, drawdown 20.00% from the peak 125000, beyond"
                + " risk.max_drawdown_pct 15%", detail(beyond, "broker"));
        assertEquals(HealthState.FAIL, beyond.overall());
    }

    @Test
    void anUnreachableBrokerFailsAndNoBrokerLeavesTheComponentOut() {
        Broker down = (Broker) Proxy.newProxyInstance(Broker.class.getClassLoader(), new Class<?>[] {Broker.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "name" -> "alpaca";
                    case "paper" -> true;
                    default -> throw new BrokerException(BrokerException.Kind.UNAVAILABLE, 0, "GET /v2/account: connection refused after 5 attempts");
                });
        HealthHome home = healthy();
        HealthReport report = home.probe(CLOCK, store -> Optional.of(down)).probe();
        assertEquals(HealthState.FAIL, state(report, "broker"));
        assertEquals("alpaca (paper) cannot be reached: GET /v2/account: connection refused after 5 attempts", detail(report, "broker"));

        HealthReport none = home.probe(CLOCK, store -> Optional.empty()).probe();
        assertTrue(none.component("broker").isEmpty());
        assertTrue(none.reading(Reading.ACCOUNT_EQUITY_DOLLARS).isEmpty());
    }

    @Test
    void aBrokenAuditChainFailsAndReconcileBreaksWarn() throws Exception {
        HealthHome home = healthy();
        AuditLog log = AuditLog.in(dir.resolve("logs"), CLOCK);
        log.append("reconciled", Map.of("venue", "sim", "initialised", false, "differences", 3, "breaks", 2));
        HealthReport breaks = home.probe(CLOCK).probe();
        assertEquals(HealthState.OK, state(breaks, "audit_log"));
        assertEquals("1 lines, chain intact", detail(breaks, "audit_log"));
        assertEquals(HealthState.WARN, state(breaks, "reconcile"));
        assertEquals(Optional.of(2.0), breaks.reading(Reading.RECONCILE_BREAKS));

        log.append("reconciled", Map.of("venue", "sim", "initialised", false, "differences", 1, "breaks", 0));
        HealthReport clean = home.probe(CLOCK).probe();
        assertEquals(HealthState.OK, state(clean, "reconcile"), "a later clean reconcile clears it");

        List<String> lines = Files.readAllLines(log.file(), StandardCharsets.UTF_8);
        Files.writeString(log.file(), lines.get(0).replace("\"breaks\":2", "\"breaks\":0") + "\n" + lines.get(1) + "\n");
        HealthReport broken = home.probe(CLOCK).probe();
        assertEquals(HealthState.FAIL, state(broken, "audit_log"));
        assertTrue(detail(broken, "audit_log").contains("line 2 has a prev that is not the SHA-256 of line 1"), detail(broken, "audit_log"));
    }

    @Test
    void ordersAreCountedByVenueAndStatus() {
        HealthReport report = healthy().orders("FILLED", "FILLED", "REJECTED", "NEW").probe(CLOCK).probe();
        assertEquals("sim: 4 orders (2 filled, 1 new, 1 rejected)", detail(report, "orders"));
        assertEquals(3, report.orders().size());
    }

    @Test
    void withoutAStoreTheStoreComponentsFailWithWhatToDo() {
        HealthReport report = new HealthHome(dir).probe(CLOCK).probe();
        assertEquals(HealthState.FAIL, state(report, "data"));
        assertTrue(detail(report, "data").startsWith("No store at " + dir.resolve("data/kairos.duckdb")), detail(report, "data"));
        assertEquals(HealthState.UNKNOWN, state(report, "pipeline"));
        assertFalse(report.component("broker").isPresent());
    }
}
