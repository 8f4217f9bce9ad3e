package io.kairos.cli;

import io.kairos.config.KairosConfig;
import java.io.PrintWriter;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "last", mixinStandardHelpOptions = true,
        description = {"Print the latest rebalance date on or before D, as an ISO date.",
            "For scripts: kairos generate-picks --date $(kairos check-rebalance last)"})
final class CheckRebalanceLastCommand implements Runnable {

    private final KairosContext context;

    @Spec
    private CommandSpec spec;

    @Option(names = "--from", paramLabel = "D", description = "The date to look back from (default: the last completed session).")
    private LocalDate from;

    @Mixin
    private FrequencyOption frequency;

    CheckRebalanceLastCommand(KairosContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        KairosConfig config = context.config(frequency.flags());
        PrintWriter out = spec.commandLine().getOut();
        out.println(context.schedule(config).last(from != null ? from : context.lastCompletedSession()));
        out.flush();
    }
}
