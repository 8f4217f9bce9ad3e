package io.kairos.cli;

import io.kairos.KairosException;
import java.lang.reflect.Constructor;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Builds the command line: every command class gets the composition root through its constructor,
 * and errors become the exit codes of DESIGN.md with a one-line message instead of a stack trace.
 */
final class KairosCli {

    private static final Logger LOG = LoggerFactory.getLogger(KairosCli.class);

    private KairosCli() {
    }

    static CommandLine create(KairosContext context) {
        CommandLine commandLine = new CommandLine(KairosCommand.class, new ContextFactory(context));
        commandLine.setExecutionExceptionHandler((error, line, parsed) -> {
            if (error instanceof KairosException known) {
                line.getErr().println("kairos: " + known.getMessage());
                LOG.debug("command failed", known);
                return ExitCode.of(known.kind());
            }
            LOG.error("unexpected error", error);
            line.getErr().println("kairos: unexpected error: " + error + " (the log under " + context.logsFolder()
                    + " has the details)");
            return ExitCode.FAILURE;
        });
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.registerConverter(LocalDate.class, KairosCli::date);
        // a path typed on the command line is taken from the folder the command runs in, whichever command reads it
        commandLine.registerConverter(Path.class, typed -> context.resolve(Path.of(typed)));
        return commandLine;
    }

    /** Dates on the command line are ISO calendar dates; a bad one says what was expected. */
    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not a date: expected YYYY-MM-DD, e.g. 2026-11-20");
        }
    }

    /** Hands the composition root to command classes that take it in their constructor. */
    private record ContextFactory(KairosContext context) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                if (constructor.getParameterCount() == 1 && constructor.getParameterTypes()[0] == KairosContext.class) {
                    constructor.setAccessible(true);
                    return type.cast(constructor.newInstance(context));
                }
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}
