package io.kairos.cli;

import io.kairos.config.KairosConfig;
import io.kairos.ops.Snapshots;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "snapshot", mixinStandardHelpOptions = true,
        description = {"Copy the store and the state folder (kill switch, equity peak) into <store folder>/snapshots/<date>/,",
            "whole or not at all, with the SHA-256 of every file (docs/OPERATIONS.md). kairos restore brings one back."})
final class SnapshotCommand implements Callable<Integer> {

    private final KairosContext context;

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOption store;

    @Option(names = "--date", paramLabel = "D", description = "The snapshot's name (default: today in New York).")
    private LocalDate date;

    SnapshotCommand(KairosContext context) {
        this.context = context;
    }

    static Snapshots snapshots(KairosConfig config) {
        return new Snapshots(config.store().db().toAbsolutePath().getParent().resolve("snapshots"));
    }

    @Override
    public Integer call() {
        KairosConfig config = context.config(store.flags());
        Path written = snapshots(config).take(config.store().db(), config.home().resolve("state"), date != null ? date : context.today());
        spec.commandLine().getOut().println("snapshot: " + written);
        return ExitCode.SUCCESS;
    }
}
