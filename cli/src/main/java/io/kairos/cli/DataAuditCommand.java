package io.kairos.cli;

import io.kairos.config.KairosConfig;
import io.kairos.data.audit.AuditArtifacts;
import io.kairos.data.audit.AuditCheck;
import io.kairos.data.audit.AuditFinding;
import io.kairos.data.audit.AuditReport;
import io.kairos.data.audit.CheckTotal;
import io.kairos.data.audit.DataAudit;
import io.kairos.data.store.PriceStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "data-audit", mixinStandardHelpOptions = true,
        description = {"Audit the stored prices: calendar gaps, duplicates, bad values, OHLC consistency, zero-volume runs,",
            "suspect jumps (unadjusted splits, spin-offs), bad prints and staleness (docs/DATA_AUDIT.md).",
            "Writes outputs/audit/<date>/audit.json; exits 3 when a blocking problem is found (audit.blocking)."})
final class DataAuditCommand implements Callable<Integer> {

    private static final int EXAMPLES_PER_CHECK = 3;

    private final KairosContext context;

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOption store;

    @Option(names = "--as-of", paramLabel = "D",
            description = "The session the data should reach (default: the last completed session).")
    private LocalDate asOf;

    @Option(names = "--output-dir", paramLabel = "DIR", description = "Where to write audit.json (default: outputs/audit/<date>).")
    private Path outputDir;

    DataAuditCommand(KairosContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        KairosConfig config = context.config(store.flags());
        LocalDate session = asOf != null ? asOf : context.lastCompletedSession();
        AuditReport report;
        try (PriceStore opened = context.openStore(config, PriceStore.Access.READ_ONLY)) {
            report = new DataAudit(context.calendar(), config.audit()).run(opened, session);
        }
        Path folder = AuditArtifacts.write(report,
                outputDir != null ? outputDir : AuditArtifacts.defaultFolder(config.paths().outputs(), session),
                Map.of("store", config.store().db().toString()), context.clock());
        print(report, folder, spec.commandLine().getOut());
        return report.blocked() ? ExitCode.REFUSED : ExitCode.SUCCESS;
    }

    private static void print(AuditReport report, Path folder, PrintWriter out) {
        out.printf("audit as of %s: %s rows, %s tickers, %s to %s%n", report.asOf(), Quantities.count(report.store().rows()),
                Quantities.count(report.store().tickers()), report.store().firstDate(), report.store().lastDate());
        TextTable table = new TextTable(List.of("check", "severity", "findings", "tickers", "count"));
        for (Map.Entry<AuditCheck, CheckTotal> total : report.totals().entrySet()) {
            table.add(Arrays.asList(total.getKey().id(), report.settings().severityOf(total.getKey()).name(),
                    total.getValue().findings(), total.getValue().tickers(), total.getValue().count()));
        }
        table.print(out);
        for (AuditCheck check : AuditCheck.values()) {
            List<AuditFinding> found = report.findings(check);
            found.stream().limit(EXAMPLES_PER_CHECK).forEach(finding -> out.println("  " + check.id() + ": "
                    + (finding.ticker() == null ? "" : finding.ticker() + " ") + dates(finding) + " " + finding.detail()));
            if (found.size() > EXAMPLES_PER_CHECK) {
                out.println("  " + check.id() + ": ... and " + Quantities.count(found.size() - EXAMPLES_PER_CHECK) + " more");
            }
        }
        if (report.quarantine().rows() > 0) {
            out.println("quarantined rows kept aside by imports: " + Quantities.count(report.quarantine().rows()));
        }
        out.println("report: " + folder.resolve(AuditArtifacts.REPORT_FILE));
        if (report.blocked()) {
            out.println("BLOCKED: fix the blocking findings above before using this data (or change audit.blocking).");
        } else {
            out.println("OK: no blocking findings.");
        }
        out.flush();
    }

    private static String dates(AuditFinding finding) {
        if (finding.from() == null) {
            return "";
        }
        return finding.from().equals(finding.to()) ? finding.from().toString() : finding.from() + ".." + finding.to();
    }
}
