package io.kairos.cli;

import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

@Command(name = "early-closes", mixinStandardHelpOptions = true,
        description = "Print the NYSE early closes from D1 to D2 (inclusive), one `date,HH:MM` per line.")
final class CalendarEarlyClosesCommand implements Runnable {

    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    private final KairosContext context;

    @Spec
    private CommandSpec spec;

    @Mixin
    private DateRangeOptions range;

    CalendarEarlyClosesCommand(KairosContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        context.calendar().earlyCloses(range.from, range.to)
                .forEach(close -> out.println(close.date() + "," + close.close().format(HOURS_MINUTES)));
        out.flush();
    }
}
