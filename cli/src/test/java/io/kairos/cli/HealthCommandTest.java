package io.kairos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.kairos.ops.Json;
import io.kairos.ops.health.HealthHome;
import io.kairos.pipeline.Checkpoint;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kairos health and kairos status, black-box; the clock is 2026-11-20 after the close (CliRun). */
class HealthCommandTest {

    @TempDir
    Path home;

    /** Prices to 2026-11-20 (up to date), a model of 2026-10-30 (21 days), a simulated account with 100,000 in cash. */
    private HealthHome healthy() {
        HealthHome fixture = new HealthHome(home).store(LocalDate.of(2026, 11, 20), "2026-10-30").simAccount(LocalDate.of(2026, 11, 20));
        fixture.checkpoint("2026-11-20", 1, "download", Checkpoint.Status.DONE, 0, 12.5, Instant.parse("2026-11-20T21:30:00Z"));
        fixture.checkpoint("2026-11-20", 2, "audit", Checkpoint.Status.DONE, 0, 3.0, Instant.parse("2026-11-20T21:30:03Z"));
        return fixture;
    }

    @Test
    void aHealthyHomeExitsZeroWithOneLinePerComponent() {
        healthy();
        CliRun.Result run = new CliRun(home).run("health");
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().startsWith("kill_switch  OK       off\n"), run.out());
        assertTrue(run.out().contains("\ndata         OK       prices up to 2026-11-20, 0 sessions behind the last completed session"
                + " 2026-11-20\n"), run.out());
        assertTrue(run.out().contains("\nmodel        OK       model 2026-10-30 is 21 days old (model.max_age_days 45)\n"), run.out());
        assertTrue(run.out().contains("\nbroker       OK       sim (paper): equity 100000.00, 0 positions, drawdown 0.00% from the peak"
                + " 100000.00\n"), run.out());
        assertTrue(run.out().endsWith("\noverall: OK\n"), run.out());
        assertEquals(10, run.out().lines().count(), "nine components and the overall");
    }

    @Test
    void theKillSwitchOnExitsThreeAndJsonSaysWhy() throws Exception {
        healthy();
        assertEquals(0, new CliRun(home).run("kill-switch", "on", "--reason", "broker outage").exitCode());
        CliRun.Result run = new CliRun(home).run("health", "--json");
        assertEquals(3, run.exitCode(), run::toString);
        JsonNode report = Json.mapper().readTree(run.out());
        assertEquals("FAIL", report.get("overall").asText());
        assertEquals("kill_switch", report.at("/components/0/name").asText());
        assertEquals("FAIL", report.at("/components/0/state").asText());
        assertEquals(1, report.at("/components/0/readings/kill_switch").asInt());
        assertEquals(21, report.at("/components/4/readings/model_age_days").asInt());
        assertEquals(1, report.get("alerts").size());
        assertTrue(report.at("/alerts/0").asText().startsWith("FAIL kill_switch: ON since 2026-11-20T22:00:00Z by kairos kill-switch on"),
                report.at("/alerts/0").asText());
    }

    @Test
    void aWarningExitsZero() {
        new HealthHome(home).store(LocalDate.of(2026, 11, 19), "2026-10-30");
        CliRun.Result run = new CliRun(home).run("health");
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("\ndata         WARN     prices up to 2026-11-19, 1 session behind the last completed session"
                + " 2026-11-20: run kairos download\n"), run.out());
        assertTrue(run.out().endsWith("\noverall: WARN\n"), run.out());
    }

    @Test
    void statusFitsOneScreenWithTheRunTheAgesTheAccountAndTheAlerts() {
        HealthHome fixture = healthy();
        fixture.checkpoint("2026-11-20", 3, "features", Checkpoint.Status.FAILED, 1, 40.25, Instant.parse("2026-11-20T21:31:00Z"));
        CliRun.Result run = new CliRun(home).run("status");
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals("""
                kairos status at 2026-11-20T22:00:00Z (New York 2026-11-20T17:00): overall FAIL
                last pipeline run: 2026-11-20
                  01 download         done        12.5 s  2026-11-20T21:30:00Z
                  02 audit            done         3.0 s  2026-11-20T21:30:03Z
                  03 features         failed      40.3 s  2026-11-20T21:31:00Z
                next rebalance:    2026-11-30
                data:              prices up to 2026-11-20, 0 sessions behind the last completed session 2026-11-20
                model:             model 2026-10-30 is 21 days old (model.max_age_days 45)
                kill switch:       off
                broker:            sim (paper): equity 100000.00, 0 positions, drawdown 0.00% from the peak 100000.00
                orders:            no orders recorded yet
                heartbeat:         no run in progress; no heartbeat
                open alerts:       1
                  FAIL pipeline: the run for 2026-11-20 stopped at features: failed (exit 1) at 2026-11-20T21:31:00Z; fix it, then kairos pipeline --resume
                """, run.out());
    }
}
