package io.kairos.cli;

import io.kairos.config.KairosConfig;
import io.kairos.data.store.PriceStore;
import io.kairos.execution.Broker;
import io.kairos.execution.records.Difference;
import io.kairos.execution.records.ExecutionRecords;
import io.kairos.execution.records.ReconcileResult;
import io.kairos.execution.records.Reconciler;
import io.kairos.execution.records.Venues;
import io.kairos.ops.ArtifactFolder;
import io.kairos.ops.audit.AuditLog;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "reconcile", mixinStandardHelpOptions = true,
        description = {"Compare Kairos's records (orders and the book of positions their fills make) with the broker's",
            "orders and positions; report every difference, keep it in the store and the audit log, and set the",
            "records to the broker's truth. Exits 3 when something needs an operator's look (an order or a position",
            "the records do not explain); an order that merely moved on (filled, cancelled) is recorded quietly.",
            "Writes differences.csv and reconcile.json to outputs/reconcile/<date>/."})
final class ReconcileCommand implements Callable<Integer> {

    private final KairosContext context;

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOption store;

    @Option(names = "--dry-run", description = "Compare and report only: change no record, write nothing.")
    private boolean dryRun;

    @Option(names = "--output-dir", paramLabel = "DIR", description = "Where to write (default: outputs/reconcile/<today>).")
    private Path outputDir;

    ReconcileCommand(KairosContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        KairosConfig config = context.config(store.flags());
        PrintWriter out = spec.commandLine().getOut();
        ReconcileResult result;
        try (PriceStore opened = context.openStore(config, PriceStore.Access.READ_WRITE)) {
            Broker broker = BrokerAccess.existing(context, config, opened);
            out.println(BrokerAccess.describe(broker));
            ExecutionRecords records = ExecutionRecords.open(opened.connection(), Venues.of(broker, broker.account()), context.clock());
            result = new Reconciler(broker, records, AuditLog.in(config.paths().logs(), context.clock())::append).reconcile(!dryRun);
        }
        print(result, out);
        if (!dryRun) {
            Path folder = outputDir != null ? outputDir
                    : config.paths().outputs().resolve("reconcile").resolve(context.today().toString());
            ArtifactFolder artifacts = ArtifactFolder.begin(folder);
            artifacts.write("differences.csv", csv(result.differences()).getBytes(StandardCharsets.UTF_8));
            artifacts.writeJson("reconcile.json", result);
            out.println("written: " + artifacts.publish("reconcile", Map.of("venue", result.venue()), Map.of(), context.clock()));
        }
        out.flush();
        return result.breaks() > 0 ? ExitCode.REFUSED : ExitCode.SUCCESS;
    }

    private static void print(ReconcileResult result, PrintWriter out) {
        if (result.initialised()) {
            out.printf(Locale.ROOT, "venue %s had no local records: %s from the broker (%d orders, %d positions).%n", result.venue(),
                    result.repaired() ? "initialised" : "a run without --dry-run initialises them", result.ordersCompared(),
                    result.positionsCompared());
            return;
        }
        out.printf(Locale.ROOT, "venue %s: %d orders and %d positions compared, %d differences, %d needing a look%n", result.venue(),
                result.ordersCompared(), result.positionsCompared(), result.differences().size(), result.breaks());
        if (!result.differences().isEmpty()) {
            TextTable table = new TextTable(List.of("kind", "subject", "local", "broker"));
            result.differences().forEach(difference -> table.add(List.of(difference.kind().name().toLowerCase(Locale.ROOT),
                    difference.subject(), difference.local(), difference.broker())));
            table.print(out);
            out.println(result.repaired() ? "the local records now follow the broker." : "dry run: no record was changed.");
        }
        if (result.breaks() > 0) {
            out.println("BREAKS: find out why before the next execute (docs/EXECUTION.md, Reconcile).");
        }
    }

    private static String csv(List<Difference> differences) {
        StringBuilder csv = new StringBuilder("kind,subject,local,broker\n");
        for (Difference difference : differences) {
            csv.append(difference.kind().name().toLowerCase(Locale.ROOT)).append(',').append(quoted(difference.subject())).append(',')
                    .append(quoted(difference.local())).append(',').append(quoted(difference.broker())).append('\n');
        }
        return csv.toString();
    }

    private static String quoted(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
