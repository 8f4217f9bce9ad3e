package io.kairos.cli;

import io.kairos.KairosException;
import io.kairos.config.KairosConfig;
import io.kairos.data.store.PriceStore;
import io.kairos.research.Bars;
import io.kairos.research.ParameterGrid;
import io.kairos.research.PriceFileBars;
import io.kairos.research.ResearchArtifacts;
import io.kairos.research.ResearchMetrics;
import io.kairos.research.ResearchResult;
import io.kairos.research.ResearchSettings;
import io.kairos.research.ResearchSweep;
import io.kairos.research.StoreBars;
import io.kairos.research.StrategyCatalog;
import io.kairos.research.StrategySpec;
import io.kairos.research.leaderboard.Leaderboard;
import io.kairos.research.leaderboard.LeaderboardRow;
import io.kairos.research.leaderboard.LeaderboardRules;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "research", mixinStandardHelpOptions = true,
        description = {"Backtest single-symbol strategies with Backtrader's semantics; sweep their parameters on every core.",
            "Signals on the close, market orders at the next open, whole shares, commission on each fill (docs/RESEARCH.md,",
            "\"Strategy research\"). Strategies: sma_cross (fast, slow), rsi (period, low, high), donchian (entry, exit),",
            "macd (fast, slow, signal), momentum (lookback, hold), vol_breakout (period, k). Writes one result JSON per symbol,",
            "strategy and parameters to outputs/research/<today>/, leaderboard.csv ranked by a robustness score, and",
            "manifest.json. The store is only read."})
final class ResearchCommand implements Callable<Integer> {

    /** Kept runs printed; leaderboard.csv has them all. */
    private static final int LEADERS_SHOWN = 10;

    private final KairosContext context;

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOption store;

    @Option(names = "--symbols", paramLabel = "A,B", split = ",", description = "Symbols to read from the store's sep_base.")
    private List<String> symbols = new ArrayList<>();

    @Option(names = "--prices", paramLabel = "FILE", arity = "1..*",
            description = "Per-symbol price files (Yahoo/Backtrader CSV: Date,Open,High,Low,Close,Adj Close,Volume) instead of the"
                    + " store; the symbol is the file name up to its first '-' or '.'.")
    private List<Path> prices = new ArrayList<>();

    @Option(names = "--strategy", paramLabel = "NAME:k=v,...",
            description = "A strategy to run, e.g. sma_cross:fast=10,slow=30; parameters not given take their defaults. Repeatable.")
    private List<String> strategies = new ArrayList<>();

    @Option(names = "--grid", paramLabel = "NAME:p=LIST;q=LIST",
            description = "A parameter sweep, e.g. 'sma_cross:fast=5,10,20;slow=30..60:10' (quote it: ';' ends a shell command);"
                    + " a LIST holds values and ranges FROM..TO[:STEP]. Points the strategy refuses are skipped. Repeatable.")
    private List<String> grids = new ArrayList<>();

    @Option(names = "--start", paramLabel = "D", description = "First bar of the run (default: the first there is).")
    private LocalDate start;

    @Option(names = "--end", paramLabel = "D", description = "Last bar of the run (default: the last there is).")
    private LocalDate end;

    @Option(names = "--cash", paramLabel = "DOLLARS", defaultValue = "10000", description = "Starting cash (default 10000).")
    private double cash;

    @Option(names = "--commission", paramLabel = "FRACTION", defaultValue = "0",
            description = "Commission as a fraction of each fill's value, on entry and on exit: 0.001 is 0.1% (default 0).")
    private double commission;

    @Option(names = "--size-fraction", paramLabel = "FRACTION", defaultValue = "0.95",
            description = "Share of cash an entry spends: floor(fraction * cash / close) shares (default 0.95).")
    private double sizeFraction;

    @Option(names = "--semantics", paramLabel = "backtrader", defaultValue = "backtrader",
            description = "Order and indicator semantics; backtrader (the default) is the only one.")
    private String semantics;

    @Option(names = "--threads", paramLabel = "N", description = "Runs at once (default: every core).")
    private Integer threads;

    @Option(names = "--output-dir", paramLabel = "DIR", description = "Where to write (default: outputs/research/<today>).")
    private Path outputDir;

    ResearchCommand(KairosContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (!semantics.equalsIgnoreCase("backtrader")) {
            throw KairosException.usage("--semantics takes backtrader, the only semantics there is, not " + semantics + ".");
        }
        if (symbols.isEmpty() == prices.isEmpty()) {
            throw KairosException.usage("Say where the bars come from: --symbols A,B (the store) or --prices FILE... (price files),"
                    + " one of the two.");
        }
        if (strategies.isEmpty() && grids.isEmpty()) {
            throw KairosException.usage("Name what to run: --strategy NAME:k=v,... or --grid 'NAME:p=LIST;q=LIST', e.g."
                    + " --strategy sma_cross:fast=10,slow=30.");
        }
        if (start != null && end != null && start.isAfter(end)) {
            throw KairosException.usage("--start " + start + " is after --end " + end + ".");
        }
        if (threads != null && threads < 1) {
            throw KairosException.usage("--threads takes 1 or more, not " + threads + ".");
        }
        ResearchSettings settings;
        try {
            settings = new ResearchSettings(cash, commission, sizeFraction);
        } catch (IllegalArgumentException e) {
            throw KairosException.usage("Bad broker setting: " + e.getMessage() + ".");
        }
        StrategyCatalog catalog = StrategyCatalog.standard();
        Set<StrategySpec> specs = new LinkedHashSet<>();
        strategies.forEach(text -> specs.add(catalog.parse(text)));
        List<String> skipped = new ArrayList<>();
        for (String grid : grids) {
            ParameterGrid.Expansion expansion = ParameterGrid.expand(grid, catalog);
            specs.addAll(expansion.points());
            skipped.addAll(expansion.skipped());
        }
        KairosConfig config = context.config(store.flags());
        Map<String, Object> inputs = new LinkedHashMap<>();
        List<Bars> bars = prices.isEmpty() ? fromStore(config, inputs) : fromFiles(inputs);
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        List<ResearchResult> results = ResearchSweep.run(bars, List.copyOf(specs), catalog, settings, workers);
        Path folder = outputDir != null ? outputDir : config.paths().outputs().resolve("research").resolve(context.today().toString());
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("strategies", specs.stream().map(StrategySpec::toString).toList());
        parameters.put("start", start == null ? null : start.toString());
        parameters.put("end", end == null ? null : end.toString());
        parameters.put("cash", cash);
        parameters.put("commission", commission);
        parameters.put("size_fraction", sizeFraction);
        parameters.put("semantics", "backtrader");
        Map<String, Double> adv = new LinkedHashMap<>();
        bars.forEach(symbol -> adv.put(symbol.symbol(), symbol.averageDollarVolume()));
        List<LeaderboardRow> board = Leaderboard.rank(results, adv, LeaderboardRules.withMinAdv(config.scan().minAdv()));
        Path written = ResearchArtifacts.write(folder, results, Leaderboard.csv(board), inputs, parameters, context.clock());
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "research: %d runs (%d symbols x %d strategies) on %d threads%n", results.size(), bars.size(),
                specs.size(), workers);
        print(results, out);
        skipped.forEach(out::println);
        printLeaderboard(board, out);
        out.println("written: " + written + " (" + results.size() + " result files, leaderboard.csv and manifest.json)");
        return ExitCode.SUCCESS;
    }

    private List<Bars> fromStore(KairosConfig config, Map<String, Object> inputs) {
        if (!Files.isRegularFile(config.store().db())) {
            throw KairosException.failure("No store at " + config.store().db() + ": run kairos download first, or give price files"
                    + " with --prices.");
        }
        List<String> names = symbols.stream().map(s -> s.strip().toUpperCase(Locale.ROOT)).distinct().toList();
        inputs.put("store", config.store().db().toString());
        inputs.put("symbols", names);
        try (PriceStore opened = context.openStore(config, PriceStore.Access.READ_ONLY)) {
            return StoreBars.read(opened.connection(), names, start != null ? start : LocalDate.of(1900, 1, 1),
                    end != null ? end : context.today());
        }
    }

    private List<Bars> fromFiles(Map<String, Object> inputs) {
        inputs.put("prices", prices.stream().map(Path::toString).toList());
        return PriceFileBars.readAll(prices, start, end);
    }

    private static void print(List<ResearchResult> results, PrintWriter out) {
        TextTable table = new TextTable(List.of("symbol", "strategy", "params", "final value", "return", "sharpe", "max dd %",
                "trades", "win rate"));
        for (ResearchResult result : results) {
            ResearchMetrics m = result.metrics();
            table.add(List.of(result.symbol(), result.strategy(), result.spec().parameterText(),
                    String.format(Locale.ROOT, "%.2f", m.finalValue()), Figures.percent(m.totalReturn()), Figures.number(m.sharpe()),
                    String.format(Locale.ROOT, "%.2f", m.maxDrawdownPct()), String.valueOf(m.trades()), Figures.percent(m.winRate())));
        }
        table.print(out);
    }

    private static void printLeaderboard(List<LeaderboardRow> board, PrintWriter out) {
        long kept = board.stream().filter(LeaderboardRow::kept).count();
        out.printf(Locale.ROOT, "%nleaderboard: %d kept, %d discarded (illiquid, too few trades, or a duplicate of a better run);"
                + " the best %d:%n", kept, board.size() - kept, Math.min(kept, LEADERS_SHOWN));
        TextTable table = new TextTable(List.of("rank", "symbol", "strategy", "params", "score", "sharpe", "consistency", "max dd %",
                "trades"));
        board.stream().filter(LeaderboardRow::kept).limit(LEADERS_SHOWN).forEach(row -> {
            ResearchMetrics m = row.result().metrics();
            table.add(List.of(String.valueOf(row.rank()), row.result().symbol(), row.result().strategy(),
                    row.result().spec().parameterText(), String.format(Locale.ROOT, "%.3f", row.score()), Figures.number(m.sharpe()),
                    String.format(Locale.ROOT, "%.2f", row.consistency()), String.format(Locale.ROOT, "%.2f", m.maxDrawdownPct()),
                    String.valueOf(m.trades())));
        });
        table.print(out);
    }
}
