package io.kairos.cli;

import io.kairos.config.KairosConfig;
import io.kairos.data.store.PriceStore;
import io.kairos.research.scan.Candidate;
import io.kairos.research.scan.Scan;
import io.kairos.research.scan.ScanArtifacts;
import io.kairos.research.scan.ScanList;
import io.kairos.research.scan.ScanResult;
import io.kairos.research.scan.TickerMetrics;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "scan", mixinStandardHelpOptions = true,
        description = {"Discovery over the store: a liquidity screen (average dollar volume) and a movement screen (ATR as % of",
            "price), plus the top movers and the volume leaders over the lookback, each ranked (docs/STRATEGY_LAB.md).",
            "Writes outputs/scan/<date>/candidates.csv."})
final class ScanCommand implements Callable<Integer> {

    /** Rows of each list printed; the file holds --top of them. */
    private static final int PRINTED = 10;

    private final KairosContext context;

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOption store;

    @Option(names = "--date", paramLabel = "D", description = "The last session of the lookback (default: the store's latest date).")
    private LocalDate date;

    @Option(names = "--lookback", paramLabel = "N", description = "Sessions behind every figure (default: scan.lookback, 20).")
    private Integer lookback;

    @Option(names = "--min-adv", paramLabel = "DOLLARS",
            description = "Liquidity screen: average dollar volume at least this (default: scan.min_adv, 1000000).")
    private Double minAdv;

    @Option(names = "--min-atr-pct", paramLabel = "PCT",
            description = "Movement screen: ATR in percent of the last close at least this (default: scan.min_atr_pct, 0.5).")
    private Double minAtrPct;

    @Option(names = "--top", paramLabel = "N", description = "Rows kept per list (default: scan.top, 50).")
    private Integer top;

    @Option(names = "--output-dir", paramLabel = "DIR", description = "Where to write candidates.csv (default: outputs/scan/<date>).")
    private Path outputDir;

    ScanCommand(KairosContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        KairosConfig config = context.config(store.flags().with("scan.lookback", lookback, "--lookback")
                .with("scan.min_adv", minAdv, "--min-adv").with("scan.min_atr_pct", minAtrPct, "--min-atr-pct")
                .with("scan.top", top, "--top"));
        ScanResult result;
        try (PriceStore opened = context.openStore(config, PriceStore.Access.READ_ONLY)) {
            result = Scan.run(opened, Optional.ofNullable(date), config.scan());
        }
        Path folder = ScanArtifacts.write(result, outputDir != null ? outputDir
                : ScanArtifacts.defaultFolder(config.paths().outputs(), result.date()),
                Map.of("store", config.store().db().toString()), context.clock());
        print(result, folder, spec.commandLine().getOut());
        return ExitCode.SUCCESS;
    }

    private static void print(ScanResult result, Path folder, PrintWriter out) {
        out.printf(Locale.ROOT, "scan as of %s over %d sessions: %s tickers with a full lookback, %s pass both screens"
                + " (ADV >= $%,.0f, ATR >= %s%%)%n", result.date(), result.settings().lookback(), Quantities.count(result.scanned()),
                Quantities.count(result.passing()), result.settings().minAdv(), Cells.text(result.settings().minAtrPct()));
        for (ScanList list : ScanList.values()) {
            List<Candidate> rows = result.list(list);
            out.println();
            out.println(title(list) + (rows.size() > PRINTED ? " (first " + PRINTED + " of " + rows.size() + ")" : ""));
            TextTable table = new TextTable(List.of("rank", "ticker", "adv", "atr_pct", "return_pct", "volume_surge", "last_close"));
            for (Candidate candidate : rows.subList(0, Math.min(PRINTED, rows.size()))) {
                TickerMetrics row = candidate.metrics();
                table.add(Arrays.asList(candidate.rank(), row.ticker(), String.format(Locale.ROOT, "%,.0f", row.adv()),
                        fixed(row.atrPct()), fixed(row.returnPct()), fixed(row.volumeSurge()), fixed(row.lastClose())));
            }
            table.print(out);
        }
        out.println();
        out.println("candidates: " + folder.resolve(ScanArtifacts.CANDIDATES_FILE));
        out.flush();
    }

    private static String title(ScanList list) {
        return switch (list) {
            case SCREEN -> "screen: passing both screens, by ATR% rank + ADV rank";
            case MOVER -> "movers: largest absolute return over the lookback";
            case VOLUME -> "volume leaders: highest average dollar volume";
        };
    }

    private static String fixed(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.2f", value) : "";
    }
}
