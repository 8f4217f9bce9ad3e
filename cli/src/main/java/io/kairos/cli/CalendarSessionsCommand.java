package io.kairos.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "sessions", mixinStandardHelpOptions = true,
        description = "Print the NYSE sessions from D1 to D2 (inclusive), one ISO date per line.")
final class CalendarSessionsCommand implements Runnable {

    private final KairosContext context;

    @Spec
    private CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "D1", description = "First date (YYYY-MM-DD).")
    private LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "D2", description = "Last date (YYYY-MM-DD).")
    private LocalDate to;

    CalendarSessionsCommand(KairosContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        context.calendar().sessions(from, to).forEach(out::println);
        out.flush();
    }
}
