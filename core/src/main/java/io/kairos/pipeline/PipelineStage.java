package io.kairos.pipeline;

import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * One stage of the pipeline.
 *
 * @param command what it runs, as an operator would type it (for the checkpoint and the log)
 * @param inputs  a fingerprint of what the stage reads, computed just before it runs: a resumed pipeline skips a
 *                finished stage whose inputs have not changed
 * @param action  runs the stage; returns its exit code (0 done, 3 refused by a safety check, else failed)
 */
public record PipelineStage(String name, List<String> command, Supplier<String> inputs, IntSupplier action) {

    public PipelineStage {
        command = List.copyOf(command);
    }
}
