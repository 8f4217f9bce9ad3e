package io.kairos.cli;

import io.kairos.KairosException;
import io.kairos.config.KairosConfig;
import io.kairos.data.store.PriceStore;
import io.kairos.research.StoreBars;
import io.kairos.research.StrategyCatalog;
import io.kairos.research.assemble.Assembly;
import io.kairos.research.assemble.AssemblyArtifacts;
import io.kairos.research.assemble.AssemblySettings;
import io.kairos.research.assemble.BarsSource;
import io.kairos.research.assemble.Candidate;
import io.kairos.research.assemble.LeaderboardFile;
import io.kairos.research.assemble.PortfolioAssembler;
import io.kairos.research.assemble.PortfolioFigures;
import io.kairos.research.assemble.Rejection;
import io.kairos.research.assemble.ResearchFolders;
import io.kairos.research.assemble.RiskMode;
import io.kairos.research.assemble.Weighting;
import io.kairos.research.smallaccount.SmallAccountResult;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "portfolio-assemble", mixinStandardHelpOptions = true,
        description = {"Combine the research leaderboard's best uncorrelated strategies and backtest the combination.",
            "In rank order, a kept strategy joins when the correlation of its daily returns with every one chosen before is",
            "below --max-correlation; the capital is split equally or by inverse volatility, each strategy runs again on its",
            "symbol with its share as cash (or, with --risk small-account, all of them in one account under the small-account",
            "rules), and the report gives the expected weekly return and risk (docs/STRATEGY_LAB.md). Writes assembly.json,",
            "equity.csv and manifest.json to outputs/portfolio/<today>/. The store is only read."})
final class PortfolioAssembleCommand implements Callable<Integer> {

    private final KairosContext context;

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOption store;

    @Option(names = "--from", paramLabel = "DIR",
            description = "The research folder with leaderboard.csv (default: the newest outputs/research/<date>/ that has one).")
    private Path from;

    @Option(names = "--prices", paramLabel = "FILE", arity = "1..*",
            description = "Per-symbol price files, as for kairos research, instead of the store's sep_base.")
    private List<Path> prices = new ArrayList<>();

    @Option(names = "--max-correlation", paramLabel = "R", defaultValue = "0.5",
            description = "A strategy joins only if its correlation with every chosen one is below this (default 0.5).")
    private double maxCorrelation;

    @Option(names = "--max-strategies", paramLabel = "N", defaultValue = "5", description = "Most strategies chosen (default 5).")
    private int maxStrategies;

    @Option(names = "--weighting", paramLabel = "equal|inverse_vol", defaultValue = "equal",
            description = "Split of the capital: equal (default) or inverse_vol (1 / daily-return deviation, normalised).")
    private String weighting;

    @Option(names = "--capital", paramLabel = "DOLLARS",
            description = "Starting capital (default: small_account.starting_capital, 1000).")
    private Double capital;

    @Option(names = "--risk", paramLabel = "sleeves|small-account", defaultValue = "sleeves",
            description = "sleeves (default): each strategy trades its own share of the capital; small-account: one account"
                    + " under the small-account rules (risk-sized trades, stops, drawdown ladder), weights unused.")
    private String risk;

    @Option(names = "--output-dir", paramLabel = "DIR", description = "Where to write (default: outputs/portfolio/<today>).")
    private Path outputDir;

    PortfolioAssembleCommand(KairosContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Weighting weights = Weighting.parse(weighting);
        RiskMode mode = RiskMode.parse(risk);
        KairosConfig config = context.config(store.flags());
        AssemblySettings settings;
        try {
            settings = new AssemblySettings(capital != null ? capital : config.smallAccount().startingCapital(), maxCorrelation,
                    maxStrategies, weights, mode);
        } catch (IllegalArgumentException e) {
            throw KairosException.usage(e.getMessage() + ".");
        }
        Path research = config.paths().outputs().resolve("research");
        Path folder = from != null ? from : ResearchFolders.newestWithLeaderboard(research).orElseThrow(() -> KairosException.failure(
                "No research folder with a " + LeaderboardFile.FILE + " under " + research + ": run kairos research first, or name"
                        + " a folder with --from."));
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("research_folder", folder.toString());
        BarsSource bars;
        if (prices.isEmpty()) {
            inputs.put("store", config.store().db().toString());
            bars = (symbols, start, end) -> {
                if (!Files.isRegularFile(config.store().db())) {
                    throw KairosException.failure("No store at " + config.store().db() + ": run kairos download first, or give"
                            + " price files with --prices.");
                }
                try (PriceStore opened = context.openStore(config, PriceStore.Access.READ_ONLY)) {
                    return StoreBars.read(opened.connection(), symbols, start, end);
                }
            };
        } else {
            inputs.put("prices", prices.stream().map(Path::toString).toList());
            bars = BarsSource.files(prices);
        }
        Assembly assembly = new PortfolioAssembler(StrategyCatalog.standard(), bars, config.smallAccount()).assemble(folder, settings);
        Path target = outputDir != null ? outputDir : AssemblyArtifacts.defaultFolder(config.paths().outputs(), context.today());
        Path written = AssemblyArtifacts.write(assembly, target, inputs, context.clock());
        print(assembly, spec.commandLine().getOut());
        spec.commandLine().getOut().println("written: " + written + " (" + AssemblyArtifacts.ASSEMBLY_FILE + ", "
                + AssemblyArtifacts.EQUITY_FILE + ", manifest.json)");
        return ExitCode.SUCCESS;
    }

    private static void print(Assembly assembly, PrintWriter out) {
        AssemblySettings settings = assembly.settings();
        List<Candidate> chosen = assembly.selection().chosen();
        out.printf(Locale.ROOT, "portfolio-assemble: %d of %d kept strategies in %s chosen (correlation below %s, at most %d),"
                + " capital %.2f, %s%n", chosen.size(), assembly.kept(), assembly.researchFolder(), settings.maxCorrelation(),
                settings.maxStrategies(), settings.capital(), settings.risk() == RiskMode.SMALL_ACCOUNT
                        ? "small-account rules" : settings.weighting().id() + " weights");
        TextTable table = new TextTable(List.of("rank", "spec", "symbol", "weight", "sharpe"));
        for (int i = 0; i < chosen.size(); i++) {
            Candidate candidate = chosen.get(i);
            table.add(List.of(String.valueOf(candidate.row().rank()), candidate.result().spec().toString(), candidate.result().symbol(),
                    assembly.weights().length > 0 ? Figures.percent(assembly.weights()[i]) : "rules",
                    Figures.number(candidate.row().sharpe())));
        }
        table.print(out);
        for (Rejection rejection : assembly.selection().rejected()) {
            out.println("rejected " + rejection.candidate().label() + ": " + rejection.reason());
        }
        if (assembly.selection().notConsidered() > 0) {
            out.println(assembly.selection().notConsidered() + " more kept strategies not considered: " + settings.maxStrategies()
                    + " chosen (--max-strategies)");
        }
        PortfolioFigures figures = assembly.figures();
        out.printf(Locale.ROOT, "backtest %s to %s (%d sessions): final value %.2f (%s), annual return %s, volatility %s,"
                + " sharpe %s, max drawdown %.2f%%%n", assembly.start(), assembly.end(), assembly.run().dates().length,
                figures.finalValue(), Figures.percent(figures.totalReturn()), Figures.percent(figures.annualReturn()),
                Figures.percent(figures.annualVolatility()), Figures.number(figures.sharpe()), figures.maxDrawdownPct());
        assembly.run().smallAccount().ifPresent(result -> printSmallAccount(result, out));
        out.printf(Locale.ROOT, "expected weekly return %s, weekly risk %s (mean and sample standard deviation of %d weekly"
                + " returns)%n", Figures.percent(figures.expectedWeeklyReturn()), Figures.percent(figures.weeklyRisk()),
                figures.weekly().size());
    }

    private static void printSmallAccount(SmallAccountResult result, PrintWriter out) {
        out.printf(Locale.ROOT, "small-account rules: %d trades, %d risk events, %d skipped orders%n", result.trades().size(),
                result.events().size(), result.skipped().size());
        result.trades().forEach(trade -> out.printf(Locale.ROOT, "  %s %s %.2f -> %s %.2f %s, profit %.2f%n", trade.symbol(),
                trade.entryDate(), trade.entryPrice(), trade.exitDate(), trade.exitPrice(),
                trade.exitReason().name().toLowerCase(Locale.ROOT), trade.profit()));
        result.events().forEach(event -> out.printf(Locale.ROOT, "  %s %s: %s%n", event.date(),
                event.kind().name().toLowerCase(Locale.ROOT), event.detail()));
    }
}
