package io.kairos.pipeline;

import java.time.Instant;
import java.util.List;

/**
 * What one stage of a pipeline run did: {@code outputs/pipeline/<date>/checkpoints/<nn>-<stage>.json}.
 *
 * @param status  DONE, SKIPPED (a resumed run found it done with the same inputs), BLOCKED (exit 3, the run
 *                stopped), FORCED (exit 3, passed by --force), FAILED
 * @param inputs  the fingerprint of the stage's inputs when it ran
 * @param outputs what the stage writes and where
 */
public record Checkpoint(int position, String stage, List<String> command, Status status, int exitCode, String inputs,
        List<String> outputs, Instant started, Instant finished, double seconds) {

    public enum Status { DONE, SKIPPED, BLOCKED, FORCED, FAILED }

    public Checkpoint {
        command = List.copyOf(command);
        outputs = outputs == null ? List.of() : List.copyOf(outputs); // checkpoints written before outputs were recorded
    }

    /** Finished for a resume: done, or passed earlier. */
    public boolean finishedWell() {
        return status == Status.DONE || status == Status.SKIPPED || status == Status.FORCED;
    }
}
