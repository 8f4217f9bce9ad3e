package io.kairos.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;
import java.nio.file.Path;
import java.time.LocalDate;
import org.slf4j.LoggerFactory;

/**
 * Logging of the binary, set up once the configuration says where logs go: warnings, errors and
 * progress lines in plain words on stderr, and every INFO line as structured JSON in
 * {@code <logs>/kairos-<date>.jsonl}.
 */
final class Logging {

    private Logging() {
    }

    static void configure(Path logsFolder, LocalDate today) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        context.reset();
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(console(context, "kairos: %level: %msg%n", new AtLeast(Level.WARN)));
        root.addAppender(console(context, "%d{HH:mm:ss} %msg%n", new FromLogger(LoggedProgress.LOGGER_NAME)));
        root.addAppender(jsonFile(context, logsFolder.resolve("kairos-" + today + ".jsonl")));
        // third-party libraries speak only when something is wrong
        context.getLogger("de.focus_shift").setLevel(Level.WARN);
        context.getLogger("okhttp3").setLevel(Level.WARN);
    }

    private static ConsoleAppender<ILoggingEvent> console(LoggerContext context, String pattern, Filter<ILoggingEvent> filter) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(pattern);
        encoder.start();
        filter.start();
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setTarget("System.err");
        console.setEncoder(encoder);
        console.addFilter(filter);
        console.start();
        return console;
    }

    /** Passes warnings and errors. */
    private static final class AtLeast extends Filter<ILoggingEvent> {
        private final Level level;

        AtLeast(Level level) {
            this.level = level;
        }

        @Override
        public FilterReply decide(ILoggingEvent event) {
            return event.getLevel().isGreaterOrEqual(level) ? FilterReply.NEUTRAL : FilterReply.DENY;
        }
    }

    /** Passes the INFO lines of one logger (progress), leaving its warnings to the other console. */
    private static final class FromLogger extends Filter<ILoggingEvent> {
        private final String name;

        FromLogger(String name) {
            this.name = name;
        }

        @Override
        public FilterReply decide(ILoggingEvent event) {
            return name.equals(event.getLoggerName()) && event.getLevel() == Level.INFO ? FilterReply.NEUTRAL : FilterReply.DENY;
        }
    }

    private static FileAppender<ILoggingEvent> jsonFile(LoggerContext context, Path file) {
        JsonEncoder encoder = new JsonEncoder();
        encoder.setContext(context);
        // one readable message per line rather than logback's template and argument list
        encoder.setWithFormattedMessage(true);
        encoder.setWithMessage(false);
        encoder.setWithArguments(false);
        encoder.setWithContext(false);
        encoder.setWithSequenceNumber(false);
        encoder.setWithNanoseconds(false);
        encoder.start();
        FileAppender<ILoggingEvent> appender = new FileAppender<>();
        appender.setContext(context);
        appender.setFile(file.toString());
        appender.setAppend(true);
        appender.setEncoder(encoder);
        appender.start();
        return appender;
    }
}
