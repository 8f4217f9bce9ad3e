package io.kairos.cli;

import io.kairos.calendar.RebalanceDecision;
import io.kairos.config.KairosConfig;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Exit 0 when D is a rebalance day, 3 when it is not, saying why.",
            "Use it to gate a cron job: `kairos check-rebalance check && kairos generate-picks ...`."})
final class CheckRebalanceCheckCommand implements Callable<Integer> {

    private final KairosContext context;

    @Spec
    private CommandSpec spec;

    @Option(names = "--date", paramLabel = "D", description = "The date to check (default: today in New York).")
    private LocalDate date;

    @Mixin
    private FrequencyOption frequency;

    CheckRebalanceCheckCommand(KairosContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        KairosConfig config = context.config(frequency.flags());
        RebalanceDecision decision = context.schedule(config).check(date != null ? date : context.today());
        PrintWriter out = spec.commandLine().getOut();
        out.println(decision.reason());
        if (!decision.rebalance()) {
            out.println("next rebalance: " + decision.nextRebalance());
        }
        out.flush();
        return decision.rebalance() ? ExitCode.SUCCESS : ExitCode.REFUSED;
    }
}
