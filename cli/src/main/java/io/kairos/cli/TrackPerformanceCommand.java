package io.kairos.cli;

import io.kairos.config.KairosConfig;
import io.kairos.data.store.PriceStore;
import io.kairos.execution.Account;
import io.kairos.execution.Broker;
import io.kairos.execution.records.ExecutionRecords;
import io.kairos.execution.records.LivePerformance;
import io.kairos.execution.records.PerformancePeriod;
import io.kairos.execution.records.RecordedRun;
import io.kairos.execution.records.Venues;
import io.kairos.execution.sim.SimBroker;
import io.kairos.ops.ArtifactFolder;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "track-performance", mixinStandardHelpOptions = true,
        description = {"The live portfolio's return over each period between executed rebalances (the account's equity),",
            "against the picks as decided and the equal-weighted universe (closeadj in the store), and the total.",
            "Writes performance.csv and performance.json to outputs/performance/<date>/ (docs/EXECUTION.md)."})
final class TrackPerformanceCommand implements Callable<Integer> {

    private final KairosContext context;

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOption store;

    @Option(names = "--output-dir", paramLabel = "DIR", description = "Where to write (default: outputs/performance/<today>).")
    private Path outputDir;

    TrackPerformanceCommand(KairosContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        KairosConfig config = context.config(store.flags());
        PrintWriter out = spec.commandLine().getOut();
        List<PerformancePeriod> periods;
        String venue;
        try (PriceStore opened = context.openStore(config, PriceStore.Access.READ_WRITE)) {
            Broker broker = BrokerAccess.existing(context, config, opened);
            Account account = broker.account();
            venue = Venues.of(broker, account);
            out.println(BrokerAccess.describe(broker) + ", equity " + account.equity().toPlainString());
            LivePerformance performance = new LivePerformance(opened.connection(), context.calendar());
            List<RecordedRun> runs = ExecutionRecords.open(opened.connection(), venue, context.clock()).runs();
            // the simulated account is valued at its own session, which only execute moves on
            LocalDate end = broker instanceof SimBroker sim ? sim.asOf() : performance.lastPricedSession(context.today());
            periods = performance.periods(runs, account.equity(), end);
        }
        TextTable table = new TextTable(List.of("rebalance", "from", "to", "sessions", "live", "picks", "universe", "live-picks",
                "picks-universe"));
        for (int i = 0; i < periods.size(); i++) {
            PerformancePeriod period = periods.get(i);
            table.add(List.of(i == periods.size() - 1 ? "total" : period.rebalanceDate().toString(), period.start().toString(),
                    period.end().toString(), String.valueOf(period.sessions()), percent(period.live()), percent(period.picks()),
                    percent(period.universe()), percent(period.implementation()), percent(period.selection())));
        }
        table.print(out);
        Path folder = outputDir != null ? outputDir
                : config.paths().outputs().resolve("performance").resolve(context.today().toString());
        ArtifactFolder artifacts = ArtifactFolder.begin(folder);
        artifacts.write("performance.csv", csv(periods).getBytes(StandardCharsets.UTF_8));
        artifacts.writeJson("performance.json", Map.of("venue", venue, "periods", periods.subList(0, periods.size() - 1),
                "total", periods.get(periods.size() - 1)));
        out.println("written: " + artifacts.publish("track-performance", Map.of("venue", venue), Map.of(), context.clock()));
        out.flush();
        return ExitCode.SUCCESS;
    }

    private static String percent(double value) {
        return String.format(Locale.ROOT, "%+.2f%%", 100 * value);
    }

    private static String csv(List<PerformancePeriod> periods) {
        StringBuilder csv = new StringBuilder("rebalance_date,start,end,sessions,live,picks,universe,implementation,selection\n");
        for (int i = 0; i < periods.size(); i++) {
            PerformancePeriod period = periods.get(i);
            csv.append(i == periods.size() - 1 ? "total" : period.rebalanceDate().toString()).append(',').append(period.start()).append(',')
                    .append(period.end()).append(',').append(period.sessions()).append(String.format(Locale.ROOT,
                            ",%.8f,%.8f,%.8f,%.8f,%.8f%n", period.live(), period.picks(), period.universe(), period.implementation(),
                            period.selection()));
        }
        return csv.toString();
    }
}
