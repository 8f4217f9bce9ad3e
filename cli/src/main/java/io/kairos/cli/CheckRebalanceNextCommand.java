package io.kairos.cli;

import io.kairos.config.KairosConfig;
import java.io.PrintWriter;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "next", mixinStandardHelpOptions = true,
        description = "List the next N rebalance dates on or after D, one ISO date per line.")
final class CheckRebalanceNextCommand implements Runnable {

    private final KairosContext context;

    @Spec
    private CommandSpec spec;

    @Option(names = "--count", paramLabel = "N", defaultValue = "5", description = "How many dates (default: ${DEFAULT-VALUE}).")
    private int count;

    @Option(names = "--from", paramLabel = "D", description = "First date to consider (default: today in New York).")
    private LocalDate from;

    @Mixin
    private FrequencyOption frequency;

    CheckRebalanceNextCommand(KairosContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        if (count < 1) {
            throw new ParameterException(spec.commandLine(), "--count must be at least 1, got " + count);
        }
        KairosConfig config = context.config(frequency.flags());
        PrintWriter out = spec.commandLine().getOut();
        context.schedule(config).next(from != null ? from : context.today(), count).forEach(out::println);
        out.flush();
    }
}
