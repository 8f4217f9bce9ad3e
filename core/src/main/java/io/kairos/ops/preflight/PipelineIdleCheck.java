package io.kairos.ops.preflight;

import io.kairos.pipeline.PipelineLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** No pipeline is running: its stages would change the store under a trading run. */
final class PipelineIdleCheck implements PreflightCheck {

    @Override
    public String name() {
        return "no pipeline running";
    }

    @Override
    public String rule() {
        return "Reads state/pipeline.lock. A lock held by a live process is a WARN (its stages change the store and the"
                + " picks, and hold the store while they run): wait for it. A lock left by a process that is"
                + " gone, or none, is a PASS.";
    }

    @Override
    public Verdict run(PreflightSubject subject) {
        Path lock = subject.stateFolder().resolve(PipelineLock.FILE);
        Optional<Long> holder = PipelineLock.liveHolder(lock);
        if (holder.isPresent()) {
            return Verdict.warn("a pipeline is running (pid " + holder.get() + ", " + subject.shown(lock) + "): wait for it to finish");
        }
        return Verdict.pass(Files.exists(lock) ? "no pipeline running (" + subject.shown(lock) + " is left by a process that is"
                + " gone; the next run takes it over)" : "no pipeline running");
    }
}
