package io.kairos.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "early-closes", mixinStandardHelpOptions = true,
        description = "Print the NYSE early closes from D1 to D2 (inclusive), one `date,HH:MM` per line.")
final class CalendarEarlyClosesCommand implements Runnable {

    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    private final KairosContext context;

    @Spec
    private CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "D1", description = "First date (YYYY-MM-DD).")
    private LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "D2", description = "Last date (YYYY-MM-DD).")
    private LocalDate to;

    CalendarEarlyClosesCommand(KairosContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        context.calendar().earlyCloses(from, to)
                .forEach(close -> out.println(close.date() + "," + close.close().format(HOURS_MINUTES)));
        out.flush();
    }
}
