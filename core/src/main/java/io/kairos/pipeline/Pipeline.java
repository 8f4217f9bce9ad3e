package io.kairos.pipeline;

import io.kairos.KairosException;
import io.kairos.ops.AtomicFiles;
import io.kairos.ops.Json;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code kairos pipeline}: runs stages in order, a checkpoint after each (docs/OPERATIONS.md). A stage that exits 3
 * (refused by a safety check: a failed validation, a blocked readiness check, a failed audit) stops the run with
 * exit 3 unless forced, which is recorded; any other failure stops it with its code. A resumed run skips every
 * stage whose checkpoint says it finished and whose inputs have the same fingerprint, and runs the rest.
 */
public final class Pipeline {

    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

    private final Path folder;
    private final Path heartbeat;
    private final Duration beatPeriod;
    private final Clock clock;
    /** Told a line at each stage start and end. */
    private final Consumer<String> listener;

    /**
     * @param folder    the run's folder, outputs/pipeline/<date>/
     * @param heartbeat a file rewritten at each stage start and every {@link Heartbeat#PERIOD} during it (monitors read its
     *                  age)
     */
    public Pipeline(Path folder, Path heartbeat, Clock clock, Consumer<String> listener) {
        this(folder, heartbeat, Heartbeat.PERIOD, clock, listener);
    }

    Pipeline(Path folder, Path heartbeat, Duration beatPeriod, Clock clock, Consumer<String> listener) {
        this.folder = folder;
        this.heartbeat = heartbeat;
        this.beatPeriod = beatPeriod;
        this.clock = clock;
        this.listener = listener;
    }

    /**
     * @param stages the stages to run, in order; positions count from 1 over the full list the run was cut from
     * @param first  the position of {@code stages.get(0)} in that full list
     */
    public PipelineSummary run(String date, List<PipelineStage> stages, int first, boolean resume, boolean force) {
        try (Heartbeat beats = new Heartbeat(heartbeat, clock, beatPeriod)) {
            return run(date, stages, first, resume, force, beats);
        }
    }

    private PipelineSummary run(String date, List<PipelineStage> stages, int first, boolean resume, boolean force, Heartbeat beats) {
        Checkpoints checkpoints = new Checkpoints(folder);
        Instant start = clock.instant();
        List<Checkpoint> done = new ArrayList<>();
        for (int i = 0; i < stages.size(); i++) {
            PipelineStage stage = stages.get(i);
            int position = first + i;
            beats.beat(stage.name());
            String inputs = stage.inputs().get();
            Optional<Checkpoint> earlier = resume ? checkpoints.read(position, stage.name()) : Optional.empty();
            String skipBecause = earlier.isPresent() && earlier.get().finishedWell() && inputs.equals(earlier.get().inputs())
                    ? "finished before, inputs unchanged" : stage.skip().get();
            if (skipBecause != null) {
                Instant now = clock.instant();
                Checkpoint skipped = new Checkpoint(position, stage.name(), stage.command(), Checkpoint.Status.SKIPPED, 0, inputs,
                        stage.outputs(), now, now, 0);
                checkpoints.write(skipped);
                done.add(skipped);
                listener.accept(String.format("[%02d] %s: skipped (%s)", position, stage.name(), skipBecause));
                LOG.info("pipeline {}: {} skipped ({})", date, stage.name(), skipBecause);
                continue;
            }
            listener.accept(String.format("[%02d] %s: %s", position, stage.name(), String.join(" ", stage.command())));
            Instant started = clock.instant();
            int exit = stage.action().getAsInt();
            Instant finished = clock.instant();
            double seconds = Duration.between(started, finished).toMillis() / 1000.0;
            Checkpoint.Status status = exit == 0 ? Checkpoint.Status.DONE
                    : exit == 3 ? (force ? Checkpoint.Status.FORCED : Checkpoint.Status.BLOCKED) : Checkpoint.Status.FAILED;
            Checkpoint checkpoint = new Checkpoint(position, stage.name(), stage.command(), status, exit, inputs, stage.outputs(),
                    started, finished, seconds);
            checkpoints.write(checkpoint);
            done.add(checkpoint);
            String ended = String.format("[%02d] %s: %s in %.1f s%s", position, stage.name(), status.name().toLowerCase(),
                    seconds, status == Checkpoint.Status.FORCED ? " (exit 3 passed by --force)" : "");
            listener.accept(ended);
            if (status == Checkpoint.Status.FORCED) {
                LOG.warn("pipeline {}: {}", date, ended);
            } else {
                LOG.info("pipeline {}: {}", date, ended);
            }
            if (status == Checkpoint.Status.BLOCKED || status == Checkpoint.Status.FAILED) {
                String reason = status == Checkpoint.Status.BLOCKED
                        ? stage.name() + " refused (exit 3): fix what it reported, or pass it with --force"
                        : stage.name() + " failed (exit " + exit + "): fix it, then kairos pipeline --resume";
                return finish(new PipelineSummary(date, done, exit, stage.name(), reason, elapsed(start)));
            }
        }
        return finish(new PipelineSummary(date, done, 0, null, null, elapsed(start)));
    }

    private PipelineSummary finish(PipelineSummary summary) {
        try {
            AtomicFiles.write(folder.resolve("summary.json"), Json.mapper().writeValueAsBytes(summary));
        } catch (IOException e) {
            throw KairosException.failure("Cannot write " + folder.resolve("summary.json") + ": " + e.getMessage(), e);
        }
        return summary;
    }

    private double elapsed(Instant start) {
        return Duration.between(start, clock.instant()).toMillis() / 1000.0;
    }
}
