package io.kairos.ops.health;

import io.kairos.pipeline.Checkpoint;
import io.kairos.pipeline.Heartbeat;
import io.kairos.pipeline.PipelineLock;
import io.kairos.pipeline.PipelineRuns;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The pipeline component (its latest run's outcome) and the heartbeat component (is a run in progress, alive). */
final class PipelineHealth {

    /** A run whose heartbeat is older than this (ten missed beats) while its process lives looks hung. */
    static final Duration HUNG_AFTER = Duration.ofMinutes(5);

    private final Path lock;
    private final Path heartbeat;

    /** @param state {@code <KAIROS_HOME>/state}, where pipeline.lock and heartbeat are */
    PipelineHealth(Path state) {
        this.lock = state.resolve("pipeline.lock");
        this.heartbeat = state.resolve("heartbeat");
    }

    /**
     * FAIL when a stage of the latest run failed, WARN when one was refused by a safety check (stopped there, or passed
     * by --force: a person should know a refusal was overridden), else OK.
     */
    static HealthComponent pipeline(PipelineRuns.Run run) {
        if (run == null) {
            return new HealthComponent("pipeline", HealthState.UNKNOWN, "no pipeline run yet");
        }
        for (Checkpoint stage : run.stages()) {
            if (stage.status() == Checkpoint.Status.FAILED) {
                return new HealthComponent("pipeline", HealthState.FAIL, "the run for " + run.date() + " stopped at " + stage.stage()
                        + ": failed (exit " + stage.exitCode() + ") at " + seconds(stage.finished()) + "; fix it, then kairos pipeline --resume");
            }
            if (stage.status() == Checkpoint.Status.BLOCKED) {
                return new HealthComponent("pipeline", HealthState.WARN, "the run for " + run.date() + " stopped at " + stage.stage()
                        + ": refused by a safety check (exit 3) at " + seconds(stage.finished()) + "; see what it reported, then"
                        + " kairos pipeline --resume (or --force)");
            }
        }
        List<String> forced = run.stages().stream().filter(stage -> stage.status() == Checkpoint.Status.FORCED).map(Checkpoint::stage)
                .toList();
        if (!forced.isEmpty()) {
            return new HealthComponent("pipeline", HealthState.WARN, "the run for " + run.date() + " went through, but "
                    + String.join(", ", forced) + " refused and was passed by --force; see what it reported");
        }
        Checkpoint last = run.stages().get(run.stages().size() - 1);
        return new HealthComponent("pipeline", HealthState.OK, "the run for " + run.date() + ": " + run.stages().size() + " stages"
                + " without a failure, the last (" + last.stage() + ") " + last.status().name().toLowerCase(Locale.ROOT) + " at "
                + seconds(last.finished()));
    }

    /**
     * OK with no lock, or with a lock whose process lives and beat within {@link #HUNG_AFTER}; WARN when the lock's process
     * is gone (a killed run); FAIL when it lives but has not beaten for longer (hung or frozen).
     */
    HealthComponent heartbeat(Instant now) {
        Optional<Heartbeat.Beat> beat = Heartbeat.read(heartbeat);
        Optional<Long> holder = PipelineLock.holder(lock);
        boolean alive = holder.flatMap(ProcessHandle::of).map(ProcessHandle::isAlive).orElse(false);
        Map<Reading, Double> readings = new EnumMap<>(Reading.class);
        readings.put(Reading.PIPELINE_RUNNING, alive ? 1.0 : 0.0);
        Duration age = beat.map(last -> Duration.between(last.at(), now)).orElse(null);
        if (age != null) {
            readings.put(Reading.HEARTBEAT_AGE_SECONDS, age.toMillis() / 1000.0);
        }
        String last = beat.map(b -> "last beat " + seconds(b.at()) + " (" + ago(age) + " ago, stage " + b.stage() + ", pid " + b.pid() + ")")
                .orElse("no heartbeat");
        if (holder.isEmpty()) {
            return new HealthComponent("heartbeat", beat.isPresent() ? HealthState.OK : HealthState.UNKNOWN, "no run in progress; "
                    + last, readings);
        }
        if (!alive) {
            return new HealthComponent("heartbeat", HealthState.WARN, "the run of pid " + holder.get() + " is gone but left "
                    + lock + " (killed?); " + last + "; kairos pipeline --resume takes the lock over", readings);
        }
        if (age == null || age.compareTo(HUNG_AFTER) > 0) {
            return new HealthComponent("heartbeat", HealthState.FAIL, "the run of pid " + holder.get() + " holds the lock but has not"
                    + " beaten for more than " + HUNG_AFTER.toMinutes() + " min: it looks hung; " + last + "; look at the process"
                    + " (jstack " + holder.get() + ") or stop it", readings);
        }
        return new HealthComponent("heartbeat", HealthState.OK, "run in progress (pid " + holder.get() + "); " + last, readings);
    }

    private static Instant seconds(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS);
    }

    private static String ago(Duration age) {
        long seconds = Math.max(0, age.toSeconds());
        return seconds < 120 ? seconds + " s" : seconds < 7200 ? seconds / 60 + " min" : seconds / 3600 + " h";
    }
}
