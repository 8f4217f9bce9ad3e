package io.kairos.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

@Command(name = "sessions", mixinStandardHelpOptions = true,
        description = "Print the NYSE sessions from D1 to D2 (inclusive), one ISO date per line.")
final class CalendarSessionsCommand implements Runnable {

    private final KairosContext context;

    @Spec
    private CommandSpec spec;

    @Mixin
    private DateRangeOptions range;

    CalendarSessionsCommand(KairosContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        context.calendar().sessions(range.from, range.to).forEach(out::println);
        out.flush();
    }
}
