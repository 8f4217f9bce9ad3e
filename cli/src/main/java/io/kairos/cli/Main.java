package io.kairos.cli;

import java.nio.Buffer;
import java.nio.file.Path;
import java.time.Clock;

/** The {@code kairos} binary. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (!Buffer.class.getModule().isOpen(Buffer.class.getPackageName(), Main.class.getModule())) {
            // Arrow (the store's bulk reads and writes) needs it; without it a stage would fail deep inside a reader thread
            System.err.println("kairos: start Java with --add-opens=java.base/java.nio=ALL-UNNAMED (scripts/kairos and"
                    + " java -jar cli/target/kairos.jar do it by themselves)");
            System.exit(ExitCode.FAILURE);
        }
        KairosContext context = new KairosContext(System.getenv(), Clock.systemUTC(), Path.of("").toAbsolutePath(),
                System.console() != null);
        System.exit(KairosCli.create(context).execute(args));
    }
}
