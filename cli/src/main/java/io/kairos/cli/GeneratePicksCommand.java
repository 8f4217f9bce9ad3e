package io.kairos.cli;

import io.kairos.KairosException;
import io.kairos.config.KairosConfig;
import io.kairos.data.store.PriceStore;
import io.kairos.execution.Broker;
import io.kairos.execution.Position;
import io.kairos.portfolio.PickBuilder;
import io.kairos.portfolio.PickRow;
import io.kairos.portfolio.Picks;
import io.kairos.portfolio.PicksPublisher;
import io.kairos.portfolio.PriorRequest;
import io.kairos.portfolio.SectorWeight;
import io.kairos.risk.SizingMethods;
import io.kairos.risk.SizingSettings;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "generate-picks", mixinStandardHelpOptions = true,
        description = {"The rebalance: target weights under risk limits (docs/REBALANCE.md).",
            "Runs the readiness checks first (as check-data; a CRITICAL one exits 3 and",
            "writes nothing), then: the universe of liquid names, the top portfolio.top_n by",
            "alpha, sizing (portfolio.sizing) scaled to portfolio.target_vol, position and",
            "sector caps, and the turnover step against the prior holdings.",
            "Writes picks.csv, trades.csv, checks.json, summary.json and manifest.json, and",
            "records the holdings in rebalance_picks. The same inputs give the same files."})
final class GeneratePicksCommand implements Callable<Integer> {

    /** Picks shown on the screen; picks.csv has them all. */
    private static final int SHOWN = 10;

    private final KairosContext context;

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOption store;

    @Option(names = "--date", paramLabel = "D", description = "The rebalance date (default: the last completed session).")
    private LocalDate date;

    @Option(names = "--output-dir", paramLabel = "DIR", description = "Where to write (default: outputs/rebalance/<date>).")
    private Path outputDir;

    @Option(names = "--no-prior", description = "Start fresh: no prior holdings, no turnover step.")
    private boolean noPrior;

    @Option(names = "--prior", paramLabel = "store|broker|FILE", description = {"Prior holdings: store (default: the last"
            + " picks in rebalance_picks before the date), broker (the positions at the broker: Alpaca with keys, else the"
            + " simulated account, at market value over equity) or a CSV file with ticker and weight columns."})
    private String prior;

    GeneratePicksCommand(KairosContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        KairosConfig config = context.config(store.flags());
        LocalDate rebalanceDate = date != null ? date : context.lastCompletedSession();
        PickBuilder builder = new PickBuilder(context.calendar(), config.portfolio(),
                SizingMethods.named(config.portfolio().sizing(), SizingSettings.DEFAULTS));
        Path folder = outputDir != null ? outputDir : config.paths().outputs().resolve("rebalance").resolve(rebalanceDate.toString());
        Picks picks;
        Path written;
        try (PriceStore opened = context.openStore(config, PriceStore.Access.READ_WRITE)) {
            picks = builder.build(opened.connection(), rebalanceDate, priorRequest(config, opened));
            written = PicksPublisher.publish(picks, builder.parameters(), folder, opened.connection(), context.clock());
        }
        print(picks, written, spec.commandLine().getOut());
        return ExitCode.SUCCESS;
    }

    private PriorRequest priorRequest(KairosConfig config, PriceStore opened) {
        if (noPrior && prior != null) {
            throw KairosException.usage("--no-prior and --prior " + prior + " contradict each other: give one of them.");
        }
        if (noPrior) {
            return PriorRequest.NONE;
        }
        if (prior == null || prior.equals("store")) {
            return PriorRequest.STORE;
        }
        if (prior.equals("broker")) {
            return brokerWeights(BrokerAccess.existing(context, config, opened));
        }
        return PriorRequest.file(Path.of(prior));
    }

    /** The broker's positions as weights: market value over equity. */
    private static PriorRequest brokerWeights(Broker broker) {
        BigDecimal equity = broker.account().equity();
        if (equity.signum() <= 0) {
            throw KairosException.failure("The " + broker.name() + " account's equity is " + equity.toPlainString()
                    + ": its positions cannot be weighed; start with --no-prior.");
        }
        Map<String, Double> weights = new TreeMap<>();
        for (Position position : broker.positions()) {
            weights.put(position.symbol(), position.marketValue().divide(equity, MathContext.DECIMAL64).doubleValue());
        }
        return PriorRequest.given("the positions at " + broker.name(), weights);
    }

    private static void print(Picks picks, Path written, PrintWriter out) {
        out.printf(Locale.ROOT, "rebalance %s: data of %s, model %s%s, sizing %s, prior %s%n", picks.date(), picks.dataDate(),
                picks.modelId(), picks.fold() == 0 ? "" : " (fold " + picks.fold() + ")", picks.sizing(), picks.priorSource());
        out.printf(Locale.ROOT, "universe: %d of %d listed names are liquid, sized and scored; %d held%n", picks.universe(),
                picks.listed(), picks.holdings());
        out.printf(Locale.ROOT, "gross %s, cash %s, ex-ante volatility %s, turnover %s%n", percent(picks.gross()),
                percent(picks.cash()), percent(picks.exAnteVol()), percent(picks.turnover()));
        out.println("constraints:");
        picks.binding().forEach(line -> out.println("  " + line));
        TextTable sectors = new TextTable(List.of("sector", "universe", "share", "cap", "weight"));
        for (SectorWeight sector : picks.sectors()) {
            sectors.add(List.of(sector.sector(), sector.universeNames(), percent(sector.universeShare()), percent(sector.cap()),
                    percent(sector.weight())));
        }
        sectors.print(out);
        TextTable top = new TextTable(List.of("ticker", "sector", "weight", "prior", "probability", "volatility"));
        for (PickRow row : picks.rows().stream().limit(SHOWN).toList()) {
            top.add(List.of(row.ticker(), row.sector(), percent(row.weight()), percent(row.priorWeight()),
                    Double.isFinite(row.probability()) ? String.format(Locale.ROOT, "%.4f", row.probability()) : "",
                    Double.isFinite(row.volatility()) ? percent(row.volatility()) : ""));
        }
        out.println("largest " + Math.min(SHOWN, picks.rows().size()) + " of " + picks.rows().size() + " rows of picks.csv:");
        top.print(out);
        CheckDataCommand.printChecks(picks.readiness().checks(), out);
        out.println("written: " + written + " (" + String.join(", ", PicksPublisher.PICKS_FILE, PicksPublisher.TRADES_FILE,
                PicksPublisher.CHECKS_FILE, PicksPublisher.SUMMARY_FILE, "manifest.json") + ")");
        out.flush();
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.2f%%", 100 * fraction);
    }
}
