package io.kairos.pipeline;

import java.util.List;

/**
 * summary.json of a pipeline run: every stage's checkpoint in order, the exit code, and where it stopped.
 *
 * @param stoppedAt the stage that stopped the run, null when it went through
 * @param reason    why it stopped, null when it went through
 */
public record PipelineSummary(String date, List<Checkpoint> stages, int exitCode, String stoppedAt, String reason, double seconds) {

    public PipelineSummary {
        stages = List.copyOf(stages);
    }
}
