package io.kairos.cli;

import io.kairos.calendar.NyseCalendar;
import io.kairos.ops.health.HealthComponent;
import io.kairos.ops.health.HealthReport;
import io.kairos.pipeline.Checkpoint;
import java.io.PrintWriter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"One screen for the operator: the last pipeline run (each stage, its outcome and time), data and model",
            "age, the next rebalance date, the kill switch, the account (when a broker is configured or a simulated",
            "account exists), a run in progress, and the open alerts. The same probe as kairos health; exits 0",
            "(use kairos health for a monitor's exit code)."})
final class StatusCommand implements Callable<Integer> {

    private static final List<String> SHOWN = List.of("data", "model", "kill_switch", "broker", "orders", "heartbeat");

    private final KairosContext context;

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOption store;

    StatusCommand(KairosContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        HealthReport report = context.healthProbe(context.config(store.flags())).probe();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("kairos status at %s (New York %s): overall %s%n", report.generatedAt().truncatedTo(ChronoUnit.SECONDS),
                report.generatedAt().atZone(NyseCalendar.ZONE).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES), report.overall());
        if (report.lastRun() == null) {
            out.println("last pipeline run: none yet");
        } else {
            out.println("last pipeline run: " + report.lastRun().date());
            for (Checkpoint stage : report.lastRun().stages()) {
                out.printf(Locale.ROOT, "  %02d %-16s %-8s %7.1f s  %s%n", stage.position(), stage.stage(),
                        stage.status().name().toLowerCase(Locale.ROOT), stage.seconds(), stage.finished().truncatedTo(ChronoUnit.SECONDS));
            }
        }
        out.println("next rebalance:    " + (report.nextRebalance() == null ? "unknown" : report.nextRebalance()));
        for (String name : SHOWN) {
            report.component(name).ifPresent(component -> out.printf("%-18s %s%n", label(component) + ":", component.detail()));
        }
        List<String> alerts = report.alerts();
        out.println("open alerts:       " + (alerts.isEmpty() ? "none" : alerts.size()));
        alerts.forEach(alert -> out.println("  " + alert));
        out.flush();
        return ExitCode.SUCCESS;
    }

    private static String label(HealthComponent component) {
        return component.name().replace('_', ' ');
    }
}
