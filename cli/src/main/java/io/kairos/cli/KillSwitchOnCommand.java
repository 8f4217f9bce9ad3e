package io.kairos.cli;

import io.kairos.risk.KillSwitch;
import io.kairos.risk.KillSwitchState;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "on", mixinStandardHelpOptions = true,
        description = {"Turn the kill switch on: no order is sent until `kairos kill-switch off --confirm`.",
            "Orders already at the broker stay there: cancel them at the broker if they must not fill.",
            "When the switch is already on, its first reason is kept."})
final class KillSwitchOnCommand implements Callable<Integer> {

    private final KairosContext context;

    @Spec
    private CommandSpec spec;

    @Option(names = "--reason", paramLabel = "TEXT", required = true, description = "Why, for whoever turns it off.")
    private String reason;

    KillSwitchOnCommand(KairosContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (reason.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--reason must say why the kill switch goes on.");
        }
        KillSwitch killSwitch = context.killSwitch();
        Optional<KillSwitchState> before = killSwitch.state();
        PrintWriter out = spec.commandLine().getOut();
        if (before.isPresent()) {
            out.println("kill switch: already ON " + before.get().describe());
            out.println("(the first reason is kept; this one was not recorded)");
        } else {
            KillSwitchState state = killSwitch.trip(reason, "kairos kill-switch on"
                    + context.user().map(user -> " (user " + user + ")").orElse(""));
            out.println("kill switch: ON " + state.describe());
            out.println("no order will be sent until: kairos kill-switch off --confirm");
        }
        out.flush();
        return ExitCode.SUCCESS;
    }
}
