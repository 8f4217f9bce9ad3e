package io.kairos.cli;

import io.kairos.KairosException;
import io.kairos.config.KairosConfig;
import io.kairos.ops.audit.AuditLog;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Replace the store and the state folder with the snapshot of --date, after checking every file's",
            "digest and a typed confirmation (or --yes). Everything written since the snapshot is lost: take a snapshot",
            "of the present first if it may be needed (docs/OPERATIONS.md)."})
final class RestoreCommand implements Callable<Integer> {

    private final KairosContext context;

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOption store;

    @Option(names = "--date", paramLabel = "D", required = true, description = "The snapshot to restore.")
    private LocalDate date;

    @Option(names = "--yes", description = "Do not ask for the typed confirmation.")
    private boolean yes;

    RestoreCommand(KairosContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        KairosConfig config = context.config(store.flags());
        PrintWriter out = spec.commandLine().getOut();
        if (!yes) {
            out.printf("This replaces %s and %s with the snapshot of %s. Type yes to restore: ", config.store().db(),
                    config.home().resolve("state"), date);
            out.flush();
            String answer;
            try {
                answer = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            } catch (IOException e) {
                answer = null;
            }
            if (!"yes".equals(answer == null ? null : answer.strip())) {
                throw new KairosException(KairosException.Kind.REFUSED, "Not confirmed: nothing was restored.");
            }
        }
        SnapshotCommand.snapshots(config).restore(date, config.store().db(), config.home().resolve("state"));
        AuditLog.in(config.paths().logs(), context.clock()).append("restore", Map.of("snapshot", date.toString(),
                "store", config.store().db().toString()));
        out.println("restored the snapshot of " + date + " into " + config.store().db());
        return ExitCode.SUCCESS;
    }
}
