package io.kairos.cli;

import io.kairos.ops.audit.AuditLog;
import io.kairos.ops.audit.AuditVerification;
import io.kairos.ops.audit.AuditVerifier;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "verify-audit", mixinStandardHelpOptions = true,
        description = {"Check the hash chain of the audit log (docs/SAFETY.md).",
            "Exits 0 when every line chains to the one before, 3 naming the first line that",
            "does not (a line changed, deleted or torn, or one that is not an audit line)."})
final class VerifyAuditCommand implements Callable<Integer> {

    private final KairosContext context;

    @Spec
    private CommandSpec spec;

    @Option(names = "--file", paramLabel = "PATH", description = "The audit log (default: audit.jsonl in paths.logs, logs/).")
    private Path file;

    VerifyAuditCommand(KairosContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Path log = file != null ? file : context.config(ConfigFlags.none()).paths().logs().resolve(AuditLog.FILE);
        AuditVerification verification = AuditVerifier.verify(log);
        PrintWriter out = spec.commandLine().getOut();
        if (verification.intact()) {
            out.println("OK: " + lines(verification.intactLines()) + ", chain intact (" + log + ")");
            out.println("last line SHA-256: " + verification.lastHash());
        } else {
            out.println("BROKEN: " + verification.broken().problem() + " (" + log + ")");
            out.println(verification.intactLines() == 0 ? "no line before it is intact"
                    : "lines 1 to " + verification.intactLines() + " are intact; the last of them has SHA-256 " + verification.lastHash());
        }
        out.flush();
        return verification.intact() ? ExitCode.SUCCESS : ExitCode.REFUSED;
    }

    private static String lines(long count) {
        return count + (count == 1 ? " line" : " lines");
    }
}
