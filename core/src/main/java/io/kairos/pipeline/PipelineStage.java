package io.kairos.pipeline;

import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * One stage of the pipeline.
 *
 * @param command what it runs, as an operator would type it (for the checkpoint and the log)
 * @param outputs what it writes and where (store tables, artifact folders), for the checkpoint and the summary
 * @param inputs  a fingerprint of what the stage reads, computed just before it runs: a resumed pipeline skips a
 *                finished stage whose inputs have not changed
 * @param skip    asked just before the stage runs: why it need not run now (e.g. the store is already fresh), or
 *                null to run it
 * @param action  runs the stage; returns its exit code (0 done, 3 refused by a safety check, else failed)
 */
public record PipelineStage(String name, List<String> command, List<String> outputs, Supplier<String> inputs, Supplier<String> skip,
        IntSupplier action) {

    public PipelineStage {
        command = List.copyOf(command);
        outputs = List.copyOf(outputs);
    }

    /** A stage that always runs when its turn comes. */
    public PipelineStage(String name, List<String> command, List<String> outputs, Supplier<String> inputs, IntSupplier action) {
        this(name, command, outputs, inputs, () -> null, action);
    }

    /** This stage, asking {@code skip} before it runs. */
    public PipelineStage withSkip(Supplier<String> skip) {
        return new PipelineStage(name, command, outputs, inputs, skip, action);
    }
}
