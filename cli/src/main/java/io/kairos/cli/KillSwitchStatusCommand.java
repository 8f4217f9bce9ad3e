package io.kairos.cli;

import io.kairos.risk.KillSwitchState;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Say whether the kill switch is on, since when, by what and why.",
            "Exits 0 when it is off and 3 when it is on, for monitors."})
final class KillSwitchStatusCommand implements Callable<Integer> {

    private final KairosContext context;

    @Spec
    private CommandSpec spec;

    KillSwitchStatusCommand(KairosContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Optional<KillSwitchState> state = context.killSwitch().state();
        PrintWriter out = spec.commandLine().getOut();
        out.println(state.map(on -> "kill switch: ON " + on.describe()).orElse("kill switch: OFF"));
        out.flush();
        return state.isPresent() ? ExitCode.REFUSED : ExitCode.SUCCESS;
    }
}
