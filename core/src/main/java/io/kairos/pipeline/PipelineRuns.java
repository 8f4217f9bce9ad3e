package io.kairos.pipeline;

import io.kairos.KairosException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The runs kept under {@code outputs/pipeline/<date>/}, read back from their checkpoints. */
public final class PipelineRuns {

    /** One run's folder: its date and each stage's latest checkpoint, by position. */
    public record Run(String date, List<Checkpoint> stages) {

        public Run {
            stages = List.copyOf(stages);
        }

        /** When its latest checkpoint was written. */
        public Instant lastFinished() {
            return stages.stream().map(Checkpoint::finished).max(Comparator.naturalOrder()).orElse(Instant.MIN);
        }
    }

    private final Path folder;

    /** @param folder {@code outputs/pipeline} */
    public PipelineRuns(Path folder) {
        this.folder = folder;
    }

    /** The run whose latest checkpoint is the most recent, whatever date it is for; empty before the first stage ends. */
    public Optional<Run> latest() {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> runs = Files.list(folder)) {
            return runs.filter(Files::isDirectory)
                    .map(run -> new Run(run.getFileName().toString(), new Checkpoints(run).all()))
                    .filter(run -> !run.stages().isEmpty())
                    .max(Comparator.comparing(Run::lastFinished).thenComparing(Run::date));
        } catch (IOException e) {
            throw KairosException.failure("Cannot list the pipeline runs in " + folder + ": " + e.getMessage(), e);
        }
    }
}
