package io.kairos.research.assemble;

import io.kairos.KairosException;
import io.kairos.research.Bars;
import io.kairos.research.EquitySeries;
import io.kairos.research.StrategyCatalog;
import io.kairos.research.smallaccount.SmallAccountRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code kairos portfolio-assemble} (docs/STRATEGY_LAB.md): reads a research folder's leaderboard, chooses the top
 * strategies whose daily returns are not correlated ({@link CorrelationSelection}), weighs them ({@link Weighting}),
 * backtests the combination over the dates all their result files cover ({@link SleeveBacktest} or, under the
 * small-account rules, {@link SmallAccountBacktest}) and measures it ({@link PortfolioFigures}).
 */
public final class PortfolioAssembler {

    private final StrategyCatalog catalog;
    private final BarsSource bars;
    private final SmallAccountRules rules;

    /** @param rules the small-account rules; their starting capital is replaced by the assembly's capital */
    public PortfolioAssembler(StrategyCatalog catalog, BarsSource bars, SmallAccountRules rules) {
        this.catalog = catalog;
        this.bars = bars;
        this.rules = rules;
    }

    /**
     * @throws KairosException (failure) without a leaderboard, without a kept row, when nothing can be chosen, or when
     *                         the chosen result files share no date
     */
    public Assembly assemble(Path researchFolder, AssemblySettings settings) {
        Path leaderboard = researchFolder.resolve(LeaderboardFile.FILE);
        if (!Files.isRegularFile(leaderboard)) {
            throw KairosException.failure("No leaderboard at " + leaderboard + ": run kairos research first (it writes "
                    + LeaderboardFile.FILE + " beside the result files), or name a research folder with --from.");
        }
        List<LeaderboardEntry> kept = LeaderboardFile.kept(leaderboard);
        if (kept.isEmpty()) {
            throw KairosException.failure(leaderboard + " has no kept row (every run was discarded; its status and reason"
                    + " columns say why): run kairos research on more symbols, strategies or history.");
        }
        Iterator<Candidate> candidates = kept.stream()
                .map(row -> new Candidate(row, ResultFile.read(researchFolder.resolve(row.resultFile()), catalog))).iterator();
        Selection selection = CorrelationSelection.select(candidates, kept.size(), settings.maxCorrelation(),
                settings.maxStrategies());
        List<Candidate> chosen = selection.chosen();
        if (chosen.isEmpty()) {
            throw KairosException.failure("No strategy of " + leaderboard + " can be combined: " + selection.rejected().stream()
                    .map(r -> r.candidate().label() + ": " + r.reason()).collect(Collectors.joining("; ")) + ".");
        }
        LocalDate start = chosen.stream().map(c -> c.result().start()).max(Comparator.naturalOrder()).orElseThrow();
        LocalDate end = chosen.stream().map(c -> c.result().end()).min(Comparator.naturalOrder()).orElseThrow();
        if (start.isAfter(end)) {
            throw KairosException.failure("The chosen strategies' result files share no date (the latest starts " + start
                    + ", the earliest ends " + end + "): run kairos research over one range for every symbol.");
        }
        Map<String, Bars> bySymbol = new LinkedHashMap<>();
        List<String> symbols = chosen.stream().map(c -> c.result().symbol()).distinct().toList();
        bars.load(symbols, start, end).forEach(b -> bySymbol.put(b.symbol(), b));
        double[] weights;
        PortfolioRun run;
        try {
            if (settings.risk() == RiskMode.SMALL_ACCOUNT) {
                weights = new double[0];
                run = SmallAccountBacktest.run(chosen, rules.withStartingCapital(settings.capital()), bySymbol, catalog);
            } else {
                weights = settings.weighting().weights(dailyReturns(chosen), chosen.stream().map(Candidate::label).toList());
                run = SleeveBacktest.run(chosen, weights, settings.capital(), bySymbol, catalog);
            }
        } catch (IllegalArgumentException e) {
            throw KairosException.failure("Cannot backtest the combination from " + start + " to " + end + ": " + e.getMessage(), e);
        }
        return new Assembly(researchFolder, kept.size(), settings, selection, weights, start, end, run,
                PortfolioFigures.of(settings.capital(), run.dates(), run.values()));
    }

    /** Each chosen strategy's daily returns on the dates all their result files share. */
    private static List<double[]> dailyReturns(List<Candidate> chosen) {
        List<LocalDate[]> calendars = new ArrayList<>();
        chosen.forEach(c -> calendars.add(c.result().equity().dates()));
        LocalDate[] common = EquitySeries.shared(calendars);
        return chosen.stream().map(c -> EquitySeries.returns(c.result().equity().valuesOn(common))).toList();
    }
}
