package io.kairos.bench;

import com.fasterxml.jackson.databind.SerializationFeature;
import io.kairos.backtest.replay.PortfolioReplay;
import io.kairos.backtest.replay.ReplayResult;
import io.kairos.backtest.replay.ReplaySettings;
import io.kairos.calendar.NyseCalendar;
import io.kairos.calendar.RebalanceFrequency;
import io.kairos.config.KairosConfig;
import io.kairos.data.csv.CsvImport;
import io.kairos.data.csv.NyseSessionRule;
import io.kairos.data.store.LoadSummary;
import io.kairos.data.store.PriceStore;
import io.kairos.data.store.StoreSettings;
import io.kairos.data.synthetic.SyntheticMarket;
import io.kairos.data.synthetic.SyntheticSpec;
import io.kairos.features.FeatureBuildSummary;
import io.kairos.features.FeatureBuilder;
import io.kairos.model.ModelTrainer;
import io.kairos.model.TrainingReport;
import io.kairos.model.TrainingRequest;
import io.kairos.portfolio.PickBuilder;
import io.kairos.portfolio.Picks;
import io.kairos.portfolio.PicksPublisher;
import io.kairos.portfolio.PriorRequest;
import io.kairos.risk.InverseVolatility;
import io.kairos.ops.Json;
import io.kairos.ops.ProgressListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One run of one benchmark, in a JVM of its own so that its peak memory is its own: prints a JSON
 * line with the work done ({@code rows}), the seconds the work took, the figures of the case (for the
 * loads, the seconds of setup before it: building the calendar, opening the store, what every
 * command pays once), and the process's peak RSS. The research cases run on copies of the stores
 * {@code prepare-research} made ({@link ResearchStores}); the strategy research cases are {@link ResearchBench}'s.
 */
public final class BenchCase {

    private BenchCase() {
    }

    public static void main(String[] args) throws Exception {
        String name = args[0];
        Path work = Path.of(args[1]);
        Files.createDirectories(work);
        Map<String, Object> figures = switch (name) {
            case "csv-sp500", "synthetic" -> load(name, work, args);
            case "prepare-research" -> prepareResearch(work);
            case "features-full" -> features(ResearchStores.prices(work), work, FeatureBuilder.Mode.REBUILD);
            case "features-incremental" -> features(ResearchStores.lastWeekMissing(work), work, FeatureBuilder.Mode.INCREMENTAL);
            case "training" -> training(work);
            case "prepare-picks" -> preparePicks(work);
            case "picks" -> picks(work);
            case "backtest-replay" -> replay();
            case "research-sma" -> ResearchBench.inMemory(Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                    Integer.parseInt(args[4]));
            case "prepare-walks" -> ResearchBench.prepareStore(work, Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            case "research-sma-store" -> ResearchBench.fromStore(work, Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                    Integer.parseInt(args[4]));
            default -> throw new IllegalArgumentException("unknown benchmark " + name);
        };
        figures.put("peak_rss_bytes", PeakMemory.residentSetHighWaterMark());
        System.out.println(Json.mapper().writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(figures));
    }

    private static Map<String, Object> load(String name, Path work, String[] args) throws IOException {
        Path db = work.resolve("bench.duckdb");
        deleteStore(db);
        long started = System.nanoTime();
        NyseCalendar calendar = NyseCalendar.create();
        try (PriceStore store = PriceStore.open(db, PriceStore.Access.READ_WRITE, StoreSettings.DEFAULTS)) {
            double setupSeconds = (System.nanoTime() - started) / 1e9;
            LoadSummary load = name.equals("csv-sp500") ? csvImport(store, calendar, Path.of(args[2]))
                    : synthetic(store, calendar, Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("rows", load.rowsInserted());
            figures.put("tickers", load.tickers());
            figures.put("seconds", load.took().toNanos() / 1e9);
            figures.put("setup_seconds", setupSeconds);
            return figures;
        } finally {
            deleteStore(db);
        }
    }

    private static Map<String, Object> prepareResearch(Path work) throws Exception {
        long started = System.nanoTime();
        ResearchStores.prepare(work);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("seconds", (System.nanoTime() - started) / 1e9);
        return figures;
    }

    /** One feature build on a copy of {@code prepared}; the seconds are the build's own. */
    private static Map<String, Object> features(Path prepared, Path work, FeatureBuilder.Mode mode) throws Exception {
        Path db = ResearchStores.copyForRun(prepared, work);
        try (PriceStore store = ResearchStores.open(db)) {
            FeatureBuildSummary summary = FeatureBuilder.build(store, mode, ProgressListener.NONE);
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("rows", summary.rows());
            figures.put("tickers", summary.tickers());
            figures.put("features", summary.features());
            figures.put("price_rows_read", summary.pricesRead());
            figures.put("kind", summary.kind().name());
            figures.put("seconds", summary.took().toNanos() / 1e9);
            return figures;
        } finally {
            deleteStore(db);
        }
    }

    /**
     * Training as kairos train does it, weekly samples, the default 3 folds; rows are the labelled samples,
     * the seconds the phases' sum (read, validate, final, write).
     */
    private static Map<String, Object> training(Path work) throws Exception {
        Path db = ResearchStores.copyForRun(ResearchStores.research(work), work);
        try (PriceStore store = ResearchStores.open(db)) {
            TrainingReport report = new ModelTrainer(NyseCalendar.create(), Clock.systemUTC()).train(store, new TrainingRequest(null,
                    RebalanceFrequency.WEEKLY, new KairosConfig.Model(3, 1, 20, 42, 45, 0.25), work.resolve("outputs")),
                    ProgressListener.NONE);
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("rows", report.finalModel().trainingRows());
            figures.put("features", report.features().size());
            figures.put("sample_dates", report.finalModel().trainingDates());
            figures.put("folds", report.folds().size());
            figures.put("scored_rows", report.finalModel().scoredRows());
            Duration total = Duration.ZERO;
            for (Map.Entry<String, Duration> phase : report.timings().entrySet()) {
                figures.put(phase.getKey() + "_seconds", phase.getValue().toNanos() / 1e9);
                total = total.plus(phase.getValue());
            }
            figures.put("seconds", total.toNanos() / 1e9);
            figures.put("test_auc", report.test().auc());
            figures.put("test_rank_ic", report.test().rankIc());
            figures.put("chosen", report.chosen().toString());
            return figures;
        } finally {
            deleteStore(db);
        }
    }

    private static Map<String, Object> preparePicks(Path work) throws Exception {
        long started = System.nanoTime();
        PicksStore.prepare(work);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("seconds", (System.nanoTime() - started) / 1e9);
        return figures;
    }

    /**
     * generate-picks on a copy of the picks store, as the command does it after parsing: open the store,
     * readiness, universe, covariance, sizing, caps, files and rebalance_picks. Rows are the listed names.
     */
    private static Map<String, Object> picks(Path work) throws Exception {
        Path db = ResearchStores.copyForRun(PicksStore.file(work), work);
        Path folder = work.resolve("rebalance");
        long started = System.nanoTime();
        try (PriceStore store = ResearchStores.open(db)) {
            PickBuilder builder = new PickBuilder(NyseCalendar.create(), PicksStore.SETTINGS, new InverseVolatility());
            Picks picks = builder.build(store.connection(), ResearchStores.LAST_SESSION, PriorRequest.NONE);
            PicksPublisher.publish(picks, builder.parameters(), folder, store.connection(), Clock.systemUTC());
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("seconds", (System.nanoTime() - started) / 1e9);
            figures.put("rows", picks.listed());
            figures.put("universe", picks.universe());
            figures.put("names", picks.holdings());
            figures.put("ex_ante_vol", picks.exAnteVol());
            return figures;
        } finally {
            deleteStore(db);
        }
    }

    /**
     * The portfolio replay of a backtest on {@link ReplayMarket}'s panel, made first and not timed; rows are ticker-days
     * (sessions times tickers), the seconds the replay's alone.
     */
    private static Map<String, Object> replay() {
        long started = System.nanoTime();
        ReplayMarket market = ReplayMarket.create();
        double setupSeconds = (System.nanoTime() - started) / 1e9;
        started = System.nanoTime();
        ReplayResult result = PortfolioReplay.run(market.panel, market.schedule, ReplaySettings.DEFAULTS);
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("rows", result.tickerDays());
        figures.put("seconds", seconds);
        figures.put("setup_seconds", setupSeconds);
        figures.put("sessions", market.panel.sessions());
        figures.put("tickers", market.panel.tickers());
        figures.put("rebalances", result.rebalances().size());
        figures.put("fills", result.fills().size());
        figures.put("closed_trades", result.trades().size());
        figures.put("positions", result.positions().size());
        figures.put("end_equity", result.points().get(result.points().size() - 1).equity());
        return figures;
    }

    private static void deleteStore(Path db) throws IOException {
        Files.deleteIfExists(db);
        Files.deleteIfExists(Path.of(db + ".wal"));
    }

    /** The market ends on a fixed session so that every run generates the same rows. */
    private static LoadSummary synthetic(PriceStore store, NyseCalendar calendar, int tickers, int years) {
        LocalDate end = LocalDate.of(2026, 11, 20);
        List<LocalDate> sessions = calendar.sessions(end.minusYears(years).plusDays(1), end);
        return new SyntheticMarket(new SyntheticSpec(tickers, years, 42), sessions).loadInto(store, ProgressListener.NONE);
    }

    private static LoadSummary csvImport(PriceStore store, NyseCalendar calendar, Path prices) {
        CsvImport csv = new CsvImport(new NyseSessionRule(calendar), LocalDate.now());
        return csv.run(store, new CsvImport.Request(List.of(prices), Optional.empty(), Optional.empty(), false),
                ProgressListener.NONE).load();
    }
}
