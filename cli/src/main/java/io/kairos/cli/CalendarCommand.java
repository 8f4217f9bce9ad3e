package io.kairos.cli;

import picocli.CommandLine.Command;

@Command(name = "calendar", mixinStandardHelpOptions = true,
        description = "The NYSE calendar, 1990 to 2030: sessions and early closes.",
        subcommands = {CalendarSessionsCommand.class, CalendarEarlyClosesCommand.class})
final class CalendarCommand extends GroupCommand {
}
