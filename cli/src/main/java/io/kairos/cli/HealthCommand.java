package io.kairos.cli;

import io.kairos.ops.health.HealthComponent;
import io.kairos.ops.health.HealthJson;
import io.kairos.ops.health.HealthReport;
import io.kairos.ops.health.HealthState;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "health", mixinStandardHelpOptions = true,
        description = {"For monitors: each component (kill switch, pipeline, heartbeat, data, model, orders, broker, audit log,",
            "reconcile) OK, WARN, FAIL or UNKNOWN with one line of detail, then the overall state (the worst).",
            "Exits 0 when the overall state is OK or WARN and 3 when it is FAIL. Reads only: the store is opened",
            "read-only, a store a run holds is WARN (busy). Rules: docs/OPERATIONS.md, \"Status and health\"."})
final class HealthCommand implements Callable<Integer> {

    private final KairosContext context;

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOption store;

    @Option(names = "--json", description = "Print the report as one JSON document (the same as GET /health of kairos serve).")
    private boolean json;

    HealthCommand(KairosContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        HealthReport report = context.healthProbe(context.config(store.flags())).probe();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.print(HealthJson.of(report));
        } else {
            for (HealthComponent component : report.components()) {
                out.printf("%-11s  %-7s  %s%n", component.name(), component.state(), component.detail());
            }
            out.println("overall: " + report.overall());
        }
        out.flush();
        return exitCode(report);
    }

    /** 3 when the overall state is FAIL, else 0: WARN is for a person to look at, not for a monitor to page on. */
    static int exitCode(HealthReport report) {
        return report.overall() == HealthState.FAIL ? ExitCode.REFUSED : ExitCode.SUCCESS;
    }
}
