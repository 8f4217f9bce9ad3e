package io.kairos.cli;

import io.kairos.config.ConfigPin;
import io.kairos.config.KairosConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "pin", mixinStandardHelpOptions = true,
        description = {"Record the configuration in effect as reviewed: its non-secret settings and their SHA-256 go to",
            "state/config.pin (secrets never do). kairos preflight then FAILs when a setting differs, naming it.",
            "Refuses an invalid configuration (exit 2). Give the same --db and --config as the runs it stands for."})
final class ConfigPinCommand implements Callable<Integer> {

    private final KairosContext context;

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOption store;

    ConfigPinCommand(KairosContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        ConfigFlags flags = store.flags();
        KairosConfig config = context.config(flags);
        ConfigPin pin = ConfigPin.of(context.effectiveConfig(flags), context.clock().instant().truncatedTo(ChronoUnit.SECONDS),
                context.user().orElse(null));
        Path file = config.home().resolve("state").resolve(ConfigPin.FILE);
        pin.write(file);
        PrintWriter out = spec.commandLine().getOut();
        out.println("pinned " + pin.settings().size() + " settings (secrets are never part of the pin) to " + file);
        out.println("sha256 " + pin.sha256() + ", at " + pin.pinnedAt() + (pin.pinnedBy() == null ? "" : " by " + pin.pinnedBy()));
        out.flush();
        return ExitCode.SUCCESS;
    }
}
