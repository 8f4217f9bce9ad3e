package io.kairos.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.kairos.KairosException;
import io.kairos.ops.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KillSwitchTest {

    static final Instant NOW = Instant.parse("2026-11-20T15:31:00Z");

    @TempDir
    Path home;

    private KillSwitch killSwitch() {
        return new KillSwitch(home.resolve("state"), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void offWithoutTheFile() {
        KillSwitch killSwitch = killSwitch();
        assertEquals(Optional.empty(), killSwitch.state());
        killSwitch.requireOff();
        assertEquals(home.resolve("state/KILL_SWITCH"), killSwitch.file());
    }

    @Test
    void trippedItRefusesWithTheReasonUntilReset() throws Exception {
        KillSwitch killSwitch = killSwitch();
        KillSwitchState state = killSwitch.trip("  broker shows positions we did not order ", "kairos kill-switch on (user ops)");

        assertEquals(new KillSwitchState("broker shows positions we did not order", NOW, "kairos kill-switch on (user ops)"), state);
        JsonNode file = Json.mapper().readTree(home.resolve("state/KILL_SWITCH").toFile());
        assertEquals("broker shows positions we did not order", file.get("reason").asText());
        assertEquals("2026-11-20T15:31:00Z", file.get("trippedAt").asText());
        try (Stream<Path> files = Files.list(home.resolve("state"))) {
            assertEquals(List.of(home.resolve("state/KILL_SWITCH")), files.toList(), "no temporary file left behind");
        }

        KairosException refused = assertThrows(KairosException.class, killSwitch::requireOff);
        assertEquals(KairosException.Kind.REFUSED, refused.kind());
        assertEquals("The kill switch is ON since 2026-11-20T15:31:00Z by kairos kill-switch on (user ops): broker shows positions"
                + " we did not order. No order may be sent. Once the cause is dealt with, turn it off with:"
                + " kairos kill-switch off --confirm", refused.getMessage());

        assertEquals(Optional.of(state), killSwitch.reset());
        assertEquals(Optional.empty(), killSwitch.state());
        killSwitch.requireOff();
        assertEquals(Optional.empty(), killSwitch.reset(), "resetting an off switch says it was off");
    }

    @Test
    void aSecondTripKeepsTheFirstReason() {
        KillSwitch killSwitch = killSwitch();
        KillSwitchState first = killSwitch.trip("daily loss 6.00%", "drawdown guard");
        assertEquals(first, killSwitch.trip("operator", "kairos kill-switch on"));
        assertEquals(Optional.of(first), killSwitch.state());
    }

    @Test
    void aFileThatCannotBeReadIsStillOn() throws Exception {
        Files.createDirectories(home.resolve("state"));
        Files.writeString(home.resolve("state/KILL_SWITCH"), "stop everything");
        KillSwitchState state = killSwitch().state().orElseThrow();
        assertTrue(state.reason().startsWith("the file " + home.resolve("state/KILL_SWITCH") + " exists but cannot be read ("),
                state.reason());
        assertTrue(state.reason().endsWith("); it counts as ON"), state.reason());
        assertEquals(KairosException.Kind.REFUSED, assertThrows(KairosException.class, killSwitch()::requireOff).kind());

        Files.writeString(home.resolve("state/KILL_SWITCH"), "");
        assertTrue(killSwitch().state().isPresent(), "an empty file is on");
        Files.writeString(home.resolve("state/KILL_SWITCH"), "{\"reason\": \" \"}");
        assertTrue(killSwitch().state().orElseThrow().reason().contains("(it holds no reason)"));
    }

    @Test
    void aTripNeedsAReason() {
        assertThrows(IllegalArgumentException.class, () -> killSwitch().trip(" ", "test"));
        assertEquals(Optional.empty(), killSwitch().state());
    }
}
