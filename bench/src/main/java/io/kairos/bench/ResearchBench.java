package io.kairos.bench;

import io.kairos.data.store.PriceStore;
import io.kairos.data.store.StoreSettings;
import io.kairos.research.Bars;
import io.kairos.research.ResearchResult;
import io.kairos.research.ResearchSettings;
import io.kairos.research.ResearchSweep;
import io.kairos.research.StoreBars;
import io.kairos.research.StrategyCatalog;
import io.kairos.research.StrategySpec;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * The strategy research cases: kairos research's SMA cross 10/30 (10,000 cash, 0.1% commission, 95% of cash per entry)
 * on {@link ResearchMarket}'s random walks, the bars in memory or read from a store.
 *
 * <p>A case runs the bars then the sweep again and again: first as warm-up until at least {@value #WARM_UP_BARS} bars
 * have gone through, so that the JIT has compiled the sweep whatever the size (after one sweep of 500 x 1250, the second
 * still ran at a third of the warm speed), then {@value #TIMED_RUNS} times timed. The seconds are the median of the
 * timed runs; the cold seconds, the first run's, are what one kairos research in a fresh JVM pays. Rows are bars
 * (symbols times days); the peak RSS is the whole JVM's, warm-up included.
 */
final class ResearchBench {

    private static final long WARM_UP_BARS = 30_000_000;
    private static final int TIMED_RUNS = 5;

    private ResearchBench() {
    }

    /** The sweep on walks made in memory first; the timed part is the sweep alone (indicators, engine, metrics; no files). */
    static Map<String, Object> inMemory(int symbols, int days, int threads) {
        long started = System.nanoTime();
        List<Bars> bars = ResearchMarket.randomWalks(symbols, days);
        return run(symbols, days, threads, (System.nanoTime() - started) / 1e9, () -> bars);
    }

    /** Writes the walks' store, once for all the runs that read it. */
    static Map<String, Object> prepareStore(Path work, int symbols, int days) {
        long started = System.nanoTime();
        ResearchMarket.writeStore(work, symbols, days);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("seconds", (System.nanoTime() - started) / 1e9);
        return figures;
    }

    /**
     * The sweep on the same walks read from their store as kairos research --symbols reads them ({@link StoreBars}, every
     * date); the timed part is the read and the sweep. The store is opened read-only, as the command opens it, before the
     * timed part, and DuckDB gets as many threads as the sweep (one on one core).
     */
    static Map<String, Object> fromStore(Path work, int symbols, int days, int threads) throws SQLException {
        long started = System.nanoTime();
        try (PriceStore store = PriceStore.open(ResearchMarket.store(work, symbols, days), PriceStore.Access.READ_ONLY,
                StoreSettings.DEFAULTS)) {
            try (Statement sql = store.connection().createStatement()) {
                sql.execute("SET threads = " + threads);
            }
            List<String> names = IntStream.range(0, symbols).mapToObj(ResearchMarket::symbol).toList();
            LocalDate today = LocalDate.now();
            return run(symbols, days, threads, (System.nanoTime() - started) / 1e9,
                    () -> StoreBars.read(store.connection(), names, LocalDate.of(1900, 1, 1), today));
        }
    }

    private static Map<String, Object> run(int symbols, int days, int threads, double setupSeconds, Supplier<List<Bars>> bars) {
        long rows = (long) symbols * days;
        int warmUps = (int) Math.max(1, (WARM_UP_BARS + rows - 1) / rows);
        SweepRun[] runs = new SweepRun[warmUps + TIMED_RUNS];
        for (int run = 0; run < runs.length; run++) {
            runs[run] = SweepRun.of(bars, threads);
        }
        double[] timed = Arrays.stream(runs, warmUps, runs.length).mapToDouble(SweepRun::seconds).toArray();
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("rows", rows);
        figures.put("seconds", BenchMain.median(timed));
        figures.put("timed_seconds", timed);
        figures.put("cold_seconds", runs[0].seconds());
        figures.put("warm_up_runs", warmUps);
        figures.put("setup_seconds", setupSeconds);
        figures.put("symbols", symbols);
        figures.put("days", days);
        figures.put("threads", threads);
        figures.put("trades", runs[runs.length - 1].trades());
        figures.put("mean_final_value", runs[runs.length - 1].meanFinalValue());
        return figures;
    }

    /** One timed run and what it found; the results themselves are dropped, so that a run does not hold the last one's. */
    private record SweepRun(double seconds, long trades, double meanFinalValue) {

        static SweepRun of(Supplier<List<Bars>> bars, int threads) {
            StrategyCatalog catalog = StrategyCatalog.standard();
            List<StrategySpec> specs = List.of(catalog.parse("sma_cross:fast=10,slow=30"));
            ResearchSettings settings = new ResearchSettings(10_000, 0.001, 0.95);
            long started = System.nanoTime();
            List<ResearchResult> results = ResearchSweep.run(bars.get(), specs, catalog, settings, threads);
            double seconds = (System.nanoTime() - started) / 1e9;
            return new SweepRun(seconds, results.stream().mapToLong(r -> r.metrics().trades()).sum(),
                    results.stream().mapToDouble(r -> r.metrics().finalValue()).average().orElse(0));
        }
    }
}
