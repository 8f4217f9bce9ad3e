package io.kairos.cli;

import io.kairos.risk.KillSwitchState;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "off", mixinStandardHelpOptions = true,
        description = {"Turn the kill switch off: orders may be sent again.",
            "Needs --confirm: deal with the reason it went on first (kairos kill-switch status)."})
final class KillSwitchOffCommand implements Callable<Integer> {

    private final KairosContext context;

    @Spec
    private CommandSpec spec;

    @Option(names = "--confirm", description = "Confirm that trading may resume.")
    private boolean confirm;

    KillSwitchOffCommand(KairosContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (!confirm) {
            throw new ParameterException(spec.commandLine(), "kairos kill-switch off needs --confirm: once it is off, orders may be"
                    + " sent again. See why it is on with kairos kill-switch status.");
        }
        Optional<KillSwitchState> was = context.killSwitch().reset();
        PrintWriter out = spec.commandLine().getOut();
        out.println(was.map(state -> "kill switch: OFF (it was ON " + state.describe() + ")").orElse("kill switch: already OFF"));
        out.flush();
        return ExitCode.SUCCESS;
    }
}
