package io.kairos.cli;

import java.nio.file.Path;
import java.time.Clock;

/** The {@code kairos} binary. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        KairosContext context = new KairosContext(System.getenv(), Clock.systemUTC(), Path.of("").toAbsolutePath(),
                System.console() != null);
        System.exit(KairosCli.create(context).execute(args));
    }
}
