package io.kairos.cli;

import io.kairos.KairosException;
import io.kairos.backtest.BacktestArtifacts;
import io.kairos.backtest.BacktestOutcome;
import io.kairos.backtest.BacktestRequest;
import io.kairos.backtest.BacktestRun;
import io.kairos.backtest.WindowMetrics;
import io.kairos.backtest.metrics.BacktestMetrics;
import io.kairos.backtest.replay.ReplaySettings;
import io.kairos.config.KairosConfig;
import io.kairos.execution.fill.CostModel;
import io.kairos.execution.fill.FillModel;
import io.kairos.execution.fill.ReferencePrice;
import java.io.PrintWriter;
import java.nio.file.Files;
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

@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = {"Replay the rebalance process over history, point in time (docs/BACKTEST.md): on each rebalance day",
            "of the period, the picks of generate-picks from a model refitted every --refit-months on labels that had",
            "ended by then, traded through the simulated broker's fill and cost model. Writes metrics.json,",
            "equity_curve.csv, trades.csv, round_trips.csv, positions.csv, targets.csv and report.html to",
            "outputs/backtest/<end>/. The store is only read."})
final class BacktestCommand implements Callable<Integer> {

    private final KairosContext context;

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOption store;

    @Mixin
    private FrequencyOption frequency;

    @Option(names = "--start", paramLabel = "D", description = "First day of the period (default: three years before --end).")
    private LocalDate start;

    @Option(names = "--end", paramLabel = "D", description = "Last day of the period (default: the last completed session).")
    private LocalDate end;

    @Option(names = "--refit-months", paramLabel = "N", description = "Months between model refits (default: backtest.refit_months, 12).")
    private Integer refitMonths;

    @Option(names = "--cash", paramLabel = "DOLLARS", defaultValue = "100000", description = "Starting cash (default 100000).")
    private double cash;

    @Option(names = "--fill-at", paramLabel = "open|close", defaultValue = "open",
            description = "Fill at the next session's open (default) or close.")
    private String fillAt;

    @Option(names = "--output-dir", paramLabel = "DIR", description = "Where to write (default: outputs/backtest/<end>).")
    private Path outputDir;

    BacktestCommand(KairosContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        KairosConfig config = context.config(store.flags().with("rebalance.frequency", frequency.frequency, "--frequency"));
        LocalDate last = end != null ? end : context.lastCompletedSession();
        LocalDate first = start != null ? start : last.minusYears(3);
        if (!Files.isRegularFile(config.store().db())) {
            throw KairosException.failure("No store at " + config.store().db() + ": run kairos download first.");
        }
        ReferencePrice reference = switch (fillAt.toLowerCase(Locale.ROOT)) {
            case "open" -> ReferencePrice.OPEN;
            case "close" -> ReferencePrice.CLOSE;
            default -> throw KairosException.usage("--fill-at takes open or close, not " + fillAt + ".");
        };
        Path folder = outputDir != null ? outputDir : config.paths().outputs().resolve("backtest").resolve(last.toString());
        BacktestRequest request;
        try {
            request = new BacktestRequest(first, last, refitMonths != null ? refitMonths : config.backtest().refitMonths(),
                    new ReplaySettings(cash,
                    new FillModel(CostModel.from(config.costs()), reference)), folder);
        } catch (IllegalArgumentException e) {
            throw KairosException.usage(e.getMessage() + ".");
        }
        BacktestOutcome outcome = new BacktestRun(context.calendar(), config, context.clock(),
                context.progress(spec.commandLine().getErr())).run(config.store().db(), request);
        Path written = BacktestArtifacts.write(outcome, Map.of("store", config.store().db().toString(),
                "frequency", config.rebalance().frequency()), context.clock());
        print(outcome, spec.commandLine().getOut());
        spec.commandLine().getOut().println("written: " + written + " (open report.html in a browser)");
        return ExitCode.SUCCESS;
    }

    private static void print(BacktestOutcome outcome, PrintWriter out) {
        BacktestMetrics metrics = outcome.metrics();
        out.printf(Locale.ROOT, "backtest %s to %s: %d sessions, %d rebalances, %d fills, %,d ticker-days%n", metrics.start(),
                metrics.end(), metrics.sessions(), outcome.replay().rebalances().size(), outcome.replay().fills().size(),
                outcome.replay().tickerDays());
        TextTable table = new TextTable(List.of("metric", "value"));
        table.add(List.of("equity", String.format(Locale.ROOT, "%,.0f -> %,.0f", metrics.startEquity(), metrics.endEquity())));
        table.add(List.of("CAGR (benchmark)", Figures.percent(metrics.cagr()) + " (" + Figures.percent(metrics.benchmarkCagr()) + ")"));
        table.add(List.of("volatility", Figures.percent(metrics.annualVolatility())));
        table.add(List.of("Sharpe / Sortino", Figures.number(metrics.sharpe()) + " / " + Figures.number(metrics.sortino())));
        table.add(List.of("max drawdown", Figures.percent(metrics.maxDrawdown()) + " over " + metrics.maxDrawdownSessions() + " sessions"));
        table.add(List.of("Calmar", Figures.number(metrics.calmar())));
        table.add(List.of("hit rate", Figures.percent(metrics.hitRate())));
        table.add(List.of("holding (sessions)", Figures.number(metrics.averageHoldingSessions())));
        table.add(List.of("turnover / rebalance", Figures.percent(metrics.turnoverPerRebalance())));
        table.add(List.of("cost (bps)", Figures.number(metrics.averageCostBps())));
        table.add(List.of("gross exposure", Figures.percent(metrics.averageGrossExposure())));
        table.add(List.of("beta / information ratio", Figures.number(metrics.beta()) + " / " + Figures.number(metrics.informationRatio())));
        table.print(out);
        TextTable windows = new TextTable(List.of("refit", "model test AUC", "calibration", "rebalances", "return", "Sharpe",
                "max drawdown"));
        for (WindowMetrics window : outcome.walkForward()) {
            windows.add(List.of(window.window().refit().toString(), Figures.number(window.window().testAuc()), window.window().calibration(),
                    String.valueOf(window.window().rebalanceDays().size() - window.window().skipped().size()),
                    Figures.percent(window.metrics().totalReturn()), Figures.number(window.metrics().sharpe()),
                    Figures.percent(window.metrics().maxDrawdown())));
        }
        windows.print(out);
        outcome.walkForward().forEach(window -> window.window().skipped().forEach(skip -> out.println("skipped " + skip)));
    }
}
