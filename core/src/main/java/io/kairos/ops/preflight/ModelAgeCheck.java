package io.kairos.ops.preflight;

import io.kairos.config.KairosConfig;
import io.kairos.model.ModelStatus;
import io.kairos.model.ModelStatusCheck;

/** The latest model is within model.max_age_days, as model-status judges it; drift and a weak hit rate warn. */
final class ModelAgeCheck implements PreflightCheck {

    @Override
    public String name() {
        return "model not stale";
    }

    @Override
    public String rule() {
        return "kairos model-status on the latest model: older than model.max_age_days is a FAIL (retrain: kairos train, then"
                + " kairos calibrate); no model is a FAIL (kairos train); feature drift above model.psi_alert or a live hit rate"
                + " well below validation's is a WARN.";
    }

    @Override
    public Verdict run(PreflightSubject subject) {
        KairosConfig config = subject.config();
        ModelStatus status = new ModelStatusCheck(config.model(), subject.calendar(), config.home())
                .check(subject.store(), null, subject.today());
        if (status.stale()) {
            return Verdict.fail(status.staleReason());
        }
        String age = "model " + status.modelId() + " is " + Words.count(status.ageDays(), "day") + " old (model.max_age_days " + status.maxAgeDays() + ")";
        return status.warnings().isEmpty() ? Verdict.pass(age)
                : Verdict.warn(age + "; " + String.join("; ", status.warnings())).withDetails(status.warnings());
    }
}
