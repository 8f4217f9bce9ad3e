package io.kairos.risk;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.kairos.KairosException;
import io.kairos.ops.AtomicFiles;
import io.kairos.ops.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The emergency stop: while the file {@code state/KILL_SWITCH} exists, no order may go out. The file holds
 * why, since when and by what (JSON); its presence alone is what counts, so an unreadable or empty file
 * is still ON, and so is a file whose existence cannot be told. It is read anew at every check, so a
 * switch turned on by another process stops the next order.
 */
public final class KillSwitch {

    public static final String FILE = "KILL_SWITCH";

    private final Path file;
    private final Clock clock;

    /** @param stateFolder {@code <KAIROS_HOME>/state} */
    public KillSwitch(Path stateFolder, Clock clock) {
        this.file = stateFolder.resolve(FILE);
        this.clock = clock;
    }

    public Path file() {
        return file;
    }

    /** Why the switch is on, or empty when it is off. */
    public Optional<KillSwitchState> state() {
        if (Files.notExists(file)) {
            return Optional.empty();
        }
        try {
            KillSwitchState state = Json.mapper().readValue(Files.readAllBytes(file), KillSwitchState.class);
            if (state == null || state.reason() == null || state.reason().isBlank()) {
                return Optional.of(unreadable("it holds no reason"));
            }
            return Optional.of(state);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(unreadable(e.getMessage().lines().findFirst().orElse("")));
        }
    }

    /** Throws a REFUSED {@link KairosException} naming the reason when the switch is on; returns when it is off. */
    public void requireOff() {
        Optional<KillSwitchState> state = state();
        if (state.isPresent()) {
            throw new KairosException(KairosException.Kind.REFUSED, "The kill switch is ON " + state.get().describe()
                    + ". No order may be sent. Once the cause is dealt with, turn it off with: kairos kill-switch off --confirm");
        }
    }

    /**
     * Turns the switch on, unless it already is: the first reason is kept, since it names the cause. Returns
     * the state in force.
     */
    public KillSwitchState trip(String reason, String trippedBy) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a kill switch needs a reason");
        }
        Optional<KillSwitchState> current = state();
        if (current.isPresent()) {
            return current.get();
        }
        KillSwitchState state = new KillSwitchState(reason.strip(), clock.instant().truncatedTo(ChronoUnit.SECONDS), trippedBy);
        try {
            AtomicFiles.write(file, (Json.mapper().writeValueAsString(state) + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a kill switch state is plain JSON", e);
        } catch (IOException e) {
            throw KairosException.failure("Cannot write the kill switch " + file + ": " + e.getMessage()
                    + ". Stop trading by hand (cancel the open orders at the broker) and fix the folder's permissions.", e);
        }
        return state;
    }

    /** Turns the switch off; returns the state it was in, empty when it was already off. */
    public Optional<KillSwitchState> reset() {
        Optional<KillSwitchState> state = state();
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw KairosException.failure("Cannot remove the kill switch " + file + ": " + e.getMessage(), e);
        }
        return state;
    }

    private KillSwitchState unreadable(String why) {
        return new KillSwitchState("the file " + file + " exists but cannot be read (" + why + "); it counts as ON", null, null);
    }
}
