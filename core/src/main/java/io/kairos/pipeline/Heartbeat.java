package io.kairos.pipeline;

import io.kairos.KairosException;
import io.kairos.ops.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The heartbeat file of a pipeline run, one line {@code <instant> pipeline <stage> pid <pid>}: written at each stage
 * start and then every {@link #PERIOD} by a daemon thread while the stage runs. A slow stage keeps beating; a process
 * that is frozen, stopped or gone does not, so a monitor can tell the two apart by the beat's age.
 */
public final class Heartbeat implements AutoCloseable {

    /** How often a running stage beats. */
    public static final Duration PERIOD = Duration.ofSeconds(30);

    private static final Logger LOG = LoggerFactory.getLogger(Heartbeat.class);

    /** One beat as read back: when, during which stage, by which process. */
    public record Beat(Instant at, String stage, long pid) {
    }

    private final Path file;
    private final Clock clock;
    private final ScheduledExecutorService timer;
    private volatile String stage;

    Heartbeat(Path file, Clock clock, Duration period) {
        this.file = file;
        this.clock = clock;
        this.timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "kairos-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleAtFixedRate(this::periodic, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Beats now for {@code stage}, and from now on the periodic beats name it. */
    void beat(String stage) {
        this.stage = stage;
        write(stage);
    }

    private void periodic() {
        String current = stage;
        if (current == null) {
            return;
        }
        try {
            write(current);
        } catch (KairosException e) {
            LOG.warn("{}", e.getMessage());
        }
    }

    private synchronized void write(String current) {
        try {
            AtomicFiles.write(file, (clock.instant() + " pipeline " + current + " pid " + ProcessHandle.current().pid() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw KairosException.failure("Cannot write the heartbeat " + file + ": " + e.getMessage(), e);
        }
    }

    /** The last beat in {@code file}; empty when there is none or it is not a heartbeat line. */
    public static Optional<Beat> read(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            String[] words = Files.readString(file, StandardCharsets.UTF_8).strip().split(" ");
            if (words.length != 5 || !words[1].equals("pipeline") || !words[3].equals("pid")) {
                return Optional.empty();
            }
            return Optional.of(new Beat(Instant.parse(words[0]), words[2], Long.parseLong(words[4])));
        } catch (IOException | DateTimeParseException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Stops the periodic beats; the file stays, holding the last one. */
    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
