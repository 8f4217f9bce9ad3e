package io.kairos.risk;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.kairos.KairosException;
import io.kairos.ops.AtomicFiles;
import io.kairos.ops.Json;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.time.Instant;
import java.util.Optional;

/**
 * The highest account equity seen, kept in {@code state/equity_peak.json} so that the drawdown is measured
 * across runs. A damaged file is an error, never a fresh start: starting over would forget the drawdown.
 */
public final class EquityPeak {

    public static final String FILE = "equity_peak.json";

    /** The peak and when it was recorded. */
    public record Recorded(BigDecimal peak, Instant at) {
    }

    private final Path file;
    private final Clock clock;

    /** @param stateFolder {@code <KAIROS_HOME>/state} */
    public EquityPeak(Path stateFolder, Clock clock) {
        this.file = stateFolder.resolve(FILE);
        this.clock = clock;
    }

    /** The recorded peak, empty before the first {@link #record}. */
    public Optional<Recorded> current() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            Recorded recorded = Json.mapper().readValue(Files.readAllBytes(file), Recorded.class);
            if (recorded == null || recorded.peak() == null || recorded.peak().signum() <= 0) {
                throw new IOException("no positive peak in it");
            }
            return Optional.of(recorded);
        } catch (IOException e) {
            throw KairosException.failure("Cannot read the equity peak " + file + ": " + e.getMessage().lines().findFirst().orElse("")
                    + ". Restore it, or delete it to restart the peak at the current equity (the drawdown so far is then forgotten).", e);
        }
    }

    /** Raises the peak to {@code equity} when it is higher (or none is recorded); returns the peak in force. */
    public Recorded record(BigDecimal equity) {
        Optional<Recorded> current = current();
        if (current.isPresent() && current.get().peak().compareTo(equity) >= 0) {
            return current.get();
        }
        Recorded raised = new Recorded(equity, clock.instant().truncatedTo(ChronoUnit.SECONDS));
        try {
            AtomicFiles.write(file, (Json.mapper().writeValueAsString(raised) + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an equity peak is plain JSON", e);
        } catch (IOException e) {
            throw KairosException.failure("Cannot write the equity peak " + file + ": " + e.getMessage(), e);
        }
        return raised;
    }
}
