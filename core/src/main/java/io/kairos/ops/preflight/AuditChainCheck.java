package io.kairos.ops.preflight;

import io.kairos.ops.audit.AuditLog;
import io.kairos.ops.audit.AuditVerification;
import io.kairos.ops.audit.AuditVerifier;
import java.nio.file.Files;
import java.nio.file.Path;

/** The audit log's hash chain is intact (kairos verify-audit). */
final class AuditChainCheck implements PreflightCheck {

    @Override
    public String name() {
        return "audit chain intact";
    }

    @Override
    public String rule() {
        return "kairos verify-audit on audit.jsonl in paths.logs: every line chains to the one before. A break (a line"
                + " changed, deleted or torn) is a FAIL naming the first bad line: find out what happened before trading"
                + " (docs/SAFETY.md). No audit log yet is a PASS.";
    }

    @Override
    public Verdict run(PreflightSubject subject) {
        Path log = subject.config().paths().logs().resolve(AuditLog.FILE);
        if (!Files.exists(log)) {
            return Verdict.pass("no audit log yet (" + subject.shown(log) + ")");
        }
        AuditVerification verification = AuditVerifier.verify(log);
        if (!verification.intact()) {
            return Verdict.fail(subject.shown(log) + ": " + verification.broken().problem() + "; see kairos verify-audit");
        }
        return Verdict.pass(subject.shown(log) + ": " + Words.count(verification.intactLines(), "line") + ", chain intact");
    }
}
