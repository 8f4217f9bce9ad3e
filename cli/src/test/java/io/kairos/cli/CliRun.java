package io.kairos.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine;

/**
 * Runs the kairos command line as a user would, in-process: real argument parsing, real files under
 * a temporary KAIROS_HOME, captured stdout and stderr, the exit code.
 */
final class CliRun {

    /** Friday 2026-11-20, 22:00 UTC = 17:00 in New York, after that day's close. */
    static final Clock AFTER_CLOSE_2026_11_20 = Clock.fixed(Instant.parse("2026-11-20T22:00:00Z"), ZoneOffset.UTC);

    record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private final Path home;
    private final Map<String, String> environment = new HashMap<>();
    private Clock clock = AFTER_CLOSE_2026_11_20;

    CliRun(Path home) {
        this.home = home;
        environment.put("KAIROS_HOME", home.toString());
    }

    CliRun env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    CliRun clock(Clock fixed) {
        this.clock = fixed;
        return this;
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = KairosCli.create(new KairosContext(environment, clock, home, false));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new Result(exitCode, out.toString(), err.toString());
    }
}
