package io.kairos.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.kairos.KairosException;
import io.kairos.ops.ArtifactFolder;
import io.kairos.ops.Json;
import io.kairos.ops.preflight.Preflight;
import io.kairos.ops.preflight.PreflightMode;
import io.kairos.ops.preflight.PreflightOutcome;
import io.kairos.ops.preflight.PreflightReport;
import io.kairos.ops.preflight.PreflightStatus;
import io.kairos.ops.preflight.PreflightSubject;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "preflight", mixinStandardHelpOptions = true,
        description = {"Before trading: the configuration, its pin, the broker (keys, mode, account, calendar, open orders),",
            "the kill switch, the store (writable, disk space, data, predictions, model), the records against the broker",
            "and the audit chain, each PASS, WARN or FAIL with a one-line reason (docs/OPERATIONS.md, Preflight).",
            "Exits 3 when a check FAILs; warnings alone exit 0. Writes outputs/preflight/<date>/preflight.json."})
final class PreflightCommand implements Callable<Integer> {

    private final KairosContext context;

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOption store;

    @Option(names = "--mode", paramLabel = "paper|live", defaultValue = "paper",
            description = "What you are about to trade: paper (default) or live, where missing keys or pin FAIL.")
    private PreflightMode mode;

    @Option(names = "--verbose", description = "Explain each check: its rule and what to do on a FAIL, and every finding.")
    private boolean verbose;

    @Option(names = "--json", description = "Print the report as one JSON document instead of text.")
    private boolean json;

    PreflightCommand(KairosContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        ConfigFlags flags = store.flags();
        PreflightReport report;
        Path outputs;
        try (PreflightSubject subject = new PreflightSubject(mode, context.clock(), context.calendar(), context.home(),
                () -> context.effectiveConfig(flags), () -> context.config(flags),
                (config, opened) -> BrokerAccess.ifAny(context, config, opened))) {
            report = Preflight.standard().run(subject);
            outputs = subject.loadedConfig().map(config -> config.paths().outputs()).orElse(context.home().resolve("outputs"));
        }
        ArtifactFolder artifacts = ArtifactFolder.begin(outputs.resolve("preflight").resolve(context.today().toString()));
        artifacts.writeJson("preflight.json", report.asJson());
        Path written = artifacts.publish("preflight", Map.of(), Map.of("mode", mode.label()), context.clock());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            printJson(report, out);
        } else {
            print(report, out);
            out.println("written: " + written);
        }
        out.flush();
        return report.ready() ? ExitCode.SUCCESS : ExitCode.REFUSED;
    }

    private void print(PreflightReport report, PrintWriter out) {
        int width = report.checks().stream().mapToInt(check -> check.check().length()).max().orElse(0);
        for (PreflightOutcome check : report.checks()) {
            out.println(String.format(Locale.ROOT, "%-4s  %-" + width + "s  %s", check.status(), check.check(), check.reason()));
            if (verbose) {
                out.println("      " + check.rule());
                check.details().forEach(detail -> out.println("        - " + detail));
            }
        }
        out.printf(Locale.ROOT, "preflight (%s): %d PASS, %d WARN, %d FAIL%n", report.mode().label(), report.count(PreflightStatus.PASS),
                report.count(PreflightStatus.WARN), report.count(PreflightStatus.FAIL));
        out.println(report.ready() ? "ready" : "NOT ready: fix the FAIL lines above");
    }

    private static void printJson(PreflightReport report, PrintWriter out) {
        try {
            out.println(Json.mapper().writeValueAsString(report.asJson()));
        } catch (JsonProcessingException e) {
            throw KairosException.failure("Cannot write the preflight report as JSON: " + e.getMessage(), e);
        }
    }
}
