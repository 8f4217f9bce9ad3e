package io.kairos.ops.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.ops.audit.AuditLog;
import io.kairos.risk.KillSwitch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks of files beside the store: the kill switch, the pipeline lock, the audit log; and the calendar's range. */
class StateChecksTest {

    @TempDir
    Path dir;

    private static void assertOutcome(PreflightStatus status, String reason, PreflightOutcome outcome) {
        assertEquals(status + " " + reason, outcome.status() + " " + outcome.reason());
    }

    @Test
    void aKillSwitchThatIsOnFails() {
        PreflightHome home = new PreflightHome(dir);
        assertOutcome(PreflightStatus.PASS, "state/KILL_SWITCH absent", home.run(new KillSwitchOffCheck()));
        new KillSwitch(dir.resolve("state"), Clock.fixed(PreflightHome.AFTER_CLOSE_2026_10_30, ZoneOffset.UTC))
                .trip("fills far from the picks", "ops");
        assertOutcome(PreflightStatus.FAIL, "ON since 2026-10-30T22:00:00Z by ops: fills far from the picks; once dealt with: kairos"
                + " kill-switch off --confirm", home.run(new KillSwitchOffCheck()));
    }

    @Test
    void aPipelineLockHeldByALiveProcessWarnsAndOneLeftByADeadProcessPasses() throws Exception {
        PreflightHome home = new PreflightHome(dir);
        assertOutcome(PreflightStatus.PASS, "no pipeline running", home.run(new PipelineIdleCheck()));
        Path lock = Files.createDirectories(dir.resolve("state")).resolve("pipeline.lock");
        Files.writeString(lock, String.valueOf(ProcessHandle.current().pid()));
        assertOutcome(PreflightStatus.WARN, "a pipeline is running (pid " + ProcessHandle.current().pid() + ", state/pipeline.lock):"
                + " wait for it to finish", home.run(new PipelineIdleCheck()));
        Process gone = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version").start();
        gone.waitFor();
        Files.writeString(lock, String.valueOf(gone.pid()));
        assertOutcome(PreflightStatus.PASS, "no pipeline running (state/pipeline.lock is left by a process that is gone; the next run"
                + " takes it over)", home.run(new PipelineIdleCheck()));
    }

    @Test
    void aChangedAuditLineFailsNamingTheLineAfterIt() throws Exception {
        PreflightHome home = new PreflightHome(dir);
        assertOutcome(PreflightStatus.PASS, "no audit log yet (logs/audit.jsonl)", home.run(new AuditChainCheck()));
        AuditLog log = AuditLog.in(dir.resolve("logs"), Clock.fixed(PreflightHome.AFTER_CLOSE_2026_10_30, ZoneOffset.UTC));
        log.append("order_submitted", Map.of("symbol", "E01", "qty", 10));
        log.append("order_filled", Map.of("symbol", "E01", "qty", 10));
        assertOutcome(PreflightStatus.PASS, "logs/audit.jsonl: 2 lines, chain intact", home.run(new AuditChainCheck()));

        List<String> lines = Files.readAllLines(log.file());
        Files.write(log.file(), List.of(lines.get(0).replace("\"qty\":10", "\"qty\":100"), lines.get(1)));

        assertOutcome(PreflightStatus.FAIL, "logs/audit.jsonl: line 2 has a prev that is not the SHA-256 of line 1: line 1 was changed"
                + " after it was written; see kairos verify-audit", home.run(new AuditChainCheck()));
    }

    @Test
    void aDayOutsideTheCalendarFailsAndItsLastMonthsWarn() {
        PreflightHome home = new PreflightHome(dir);
        assertOutcome(PreflightStatus.PASS, "today 2026-10-30 is a session closing at 16:00; next session 2026-11-02; calendar"
                + " covers to 2030-12-31", home.run(new CalendarCoverageCheck()));
        assertOutcome(PreflightStatus.WARN, "today 2030-10-01 is a session closing at 16:00; next session 2030-10-02; calendar covers"
                + " to 2030-12-31, 91 days away: upgrade Kairos before then", home.at("2030-10-01T15:00:00Z").run(new CalendarCoverageCheck()));
        assertOutcome(PreflightStatus.FAIL, "today 2031-01-02 is outside the NYSE calendar (1990-01-01 to 2030-12-31): upgrade Kairos"
                + " for a calendar that covers it", home.at("2031-01-02T15:00:00Z").run(new CalendarCoverageCheck()));
        PreflightOutcome lastDay = home.at("2030-12-31T15:00:00Z").run(new CalendarCoverageCheck());
        assertEquals(PreflightStatus.FAIL, lastDay.status(), "the session after the calendar's last day is unknown: " + lastDay);
    }
}
