package io.kairos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The clock of every run is 2026-11-20T22:00:00Z (CliRun). */
class KillSwitchCommandTest {

    @TempDir
    Path home;

    private CliRun kairos() {
        return new CliRun(home).env("USER", "ops");
    }

    @Test
    void onStatusOffRoundTrip() {
        CliRun.Result off = kairos().run("kill-switch", "status");
        assertEquals(0, off.exitCode(), off::toString);
        assertEquals("kill switch: OFF\n", off.out());

        CliRun.Result on = kairos().run("kill-switch", "on", "--reason", "fills at prices far from the picks");
        assertEquals(0, on.exitCode(), on::toString);
        assertEquals("kill switch: ON since 2026-11-20T22:00:00Z by kairos kill-switch on (user ops): fills at prices far from the"
                + " picks\nno order will be sent until: kairos kill-switch off --confirm\n", on.out());
        assertTrue(Files.isRegularFile(home.resolve("state/KILL_SWITCH")));

        CliRun.Result status = kairos().run("kill-switch", "status");
        assertEquals(3, status.exitCode(), status::toString);
        assertEquals("kill switch: ON since 2026-11-20T22:00:00Z by kairos kill-switch on (user ops): fills at prices far from the"
                + " picks\n", status.out());

        CliRun.Result offAgain = kairos().run("kill-switch", "off", "--confirm");
        assertEquals(0, offAgain.exitCode(), offAgain::toString);
        assertEquals("kill switch: OFF (it was ON since 2026-11-20T22:00:00Z by kairos kill-switch on (user ops): fills at prices far"
                + " from the picks)\n", offAgain.out());
        assertEquals(0, kairos().run("kill-switch", "status").exitCode());
        assertEquals("kill switch: already OFF\n", kairos().run("kill-switch", "off", "--confirm").out());
    }

    @Test
    void onNeedsAReasonAndOffNeedsConfirm() {
        CliRun.Result noReason = kairos().run("kill-switch", "on");
        assertEquals(2, noReason.exitCode(), noReason::toString);
        assertTrue(noReason.err().startsWith("Missing required option: '--reason=TEXT'"), noReason.err());
        CliRun.Result blank = kairos().run("kill-switch", "on", "--reason", " ");
        assertEquals(2, blank.exitCode(), blank::toString);
        assertTrue(blank.err().startsWith("--reason must say why the kill switch goes on."), blank.err());
        assertEquals(0, kairos().run("kill-switch", "status").exitCode(), "still off");

        kairos().run("kill-switch", "on", "--reason", "testing");
        CliRun.Result noConfirm = kairos().run("kill-switch", "off");
        assertEquals(2, noConfirm.exitCode(), noConfirm::toString);
        assertTrue(noConfirm.err().startsWith("kairos kill-switch off needs --confirm: once it is off, orders may be sent again."),
                noConfirm.err());
        assertEquals(3, kairos().run("kill-switch", "status").exitCode(), "still on");
    }

    @Test
    void aSecondOnKeepsTheFirstReason() {
        kairos().run("kill-switch", "on", "--reason", "first");
        CliRun.Result second = kairos().run("kill-switch", "on", "--reason", "second");
        assertEquals(0, second.exitCode(), second::toString);
        assertEquals("kill switch: already ON since 2026-11-20T22:00:00Z by kairos kill-switch on (user ops): first\n"
                + "(the first reason is kept; this one was not recorded)\n", second.out());
        assertTrue(kairos().run("kill-switch", "status").out().endsWith(": first\n"));
    }

    @Test
    void itWorksWhenTheConfigurationIsBroken() throws Exception {
        Files.createDirectories(home.resolve("config"));
        Files.writeString(home.resolve("config/risk.yaml"), "max_position_pct: lots\n");
        CliRun.Result on = new CliRun(home).run("kill-switch", "on", "--reason", "config broken during the run");
        assertEquals(0, on.exitCode(), on::toString);
        assertTrue(on.out().startsWith("kill switch: ON since 2026-11-20T22:00:00Z by kairos kill-switch on: config broken"),
                "without $USER the user is left out: " + on.out());
        assertEquals(3, kairos().run("kill-switch", "status").exitCode());
    }

    @Test
    void anUnreadableFileIsOn() throws Exception {
        Files.createDirectories(home.resolve("state"));
        Files.writeString(home.resolve("state/KILL_SWITCH"), "STOP");
        CliRun.Result status = kairos().run("kill-switch", "status");
        assertEquals(3, status.exitCode(), status::toString);
        assertTrue(status.out().startsWith("kill switch: ON since an unknown time: the file " + home.resolve("state/KILL_SWITCH")
                + " exists but cannot be read ("), status.out());
    }

    @Test
    void withoutASubcommandItListsThem() {
        CliRun.Result bare = kairos().run("kill-switch");
        assertEquals(2, bare.exitCode(), bare::toString);
        assertTrue(bare.err().startsWith("Missing subcommand: one of on, off, status."), bare.err());
    }
}
