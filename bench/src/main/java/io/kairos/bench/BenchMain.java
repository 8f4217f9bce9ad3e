package io.kairos.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.kairos.ops.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code make bench}: runs each benchmark several times, each run in a fresh JVM with the launcher's
 * heap limit, prints the medians against the targets of the issue, and writes them as JSON under
 * {@code outputs/bench/}. Arguments: case names to run (default all), {@code --runs N}.
 */
public final class BenchMain {

    /**
     * A benchmark and the target it must meet: a time ({@code maxSeconds} above 0) or a rate, and a peak
     * memory ({@code maxPeakBytes} above 0; 0 when the issue sets none). {@code preparation}, when not null, is the
     * BenchCase arguments of what must be made first, once (research cases run on the stores {@code prepare-research} makes).
     */
    private record Case(String name, String description, List<String> args, double maxSeconds, double minRowsPerSecond,
            long maxPeakBytes, List<String> preparation) {
    }

    private static final String HEAP = "-Xmx1g";
    private static final long GIB = 1L << 30;
    /** The goal for research on one core: 1000 times Backtrader's 26,000 bars per second. */
    private static final double BACKTRADER_TIMES_1000 = 26_000_000;

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        int runs = 3;
        List<String> selected = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--runs")) {
                runs = Integer.parseInt(args[++i]);
            } else {
                selected.add(args[i]);
            }
        }
        Path sharedData = Path.of(System.getProperty("kairos.sharedData", "../shared/data"));
        Path work = Files.createTempDirectory("kairos-bench");
        int cores = Runtime.getRuntime().availableProcessors();
        List<String> prepareResearch = List.of("prepare-research", work.toString());
        List<Case> cases = List.of(
                new Case("synthetic-3000x20y", "synthetic market, 3000 tickers over 20 years, generated and loaded"
                        + " (listings and delistings leave about 9 million rows)",
                        List.of("synthetic", work.toString(), "3000", "20"), 60, 0, 2 * GIB, null),
                new Case("synthetic-15M-rows", "synthetic market, 5000 tickers over 20 years: the issue's 15 million rows",
                        List.of("synthetic", work.toString(), "5000", "20"), 60, 0, 2 * GIB, null),
                new Case("csv-sp500", "CSV import of sp500_5yr_daily.csv.gz (619,040 rows)",
                        List.of("csv-sp500", work.toString(), sharedData.resolve("sp500_5yr_daily.csv.gz").toString()),
                        0, 1_000_000, 2 * GIB, null),
                new Case("features-full", "kairos features --rebuild on the 14.5-million-row synthetic market"
                        + " (5000 tickers over 20 years, about 2,900 listed on a day)",
                        List.of("features-full", work.toString()), 60, 0, 4 * GIB, prepareResearch),
                new Case("features-incremental", "kairos features after a week: the same market, features built but for"
                        + " its last 5 sessions", List.of("features-incremental", work.toString()), 5, 0, 4 * GIB, prepareResearch),
                new Case("training", "kairos train on that market: weekly samples, 3 purged walk-forward folds, 4 candidate"
                        + " parameter sets, final model; rows are labelled samples", List.of("training", work.toString()),
                        180, 0, 0, prepareResearch),
                new Case("picks", "kairos generate-picks on a synthetic market of 5000 tickers over 2 years: every listed name"
                        + " with a volatility in the universe, top 75, 1-year Ledoit-Wolf covariance; rows are listed names",
                        List.of("picks", work.toString()), 2, 0, 0, List.of("prepare-picks", work.toString())),
                new Case("backtest-replay", "the portfolio replay of a backtest: 3000 tickers over 5040 sessions of random walks"
                        + " in memory, monthly rebalances of 75 equal-weighted names through the fill model; rows are ticker-days",
                        List.of("backtest-replay", work.toString()), 0, 20_000_000, 0, null),
                research("500x1250", 500, 1250, 1, BACKTRADER_TIMES_1000, work),
                research("500x1250-all-cores", 500, 1250, cores, 0, work),
                research("3000x5000", 3000, 5000, 1, BACKTRADER_TIMES_1000, work),
                research("3000x5000-all-cores", 3000, 5000, cores, 0, work),
                researchFromStore("500x1250", 500, 1250, 1, work),
                researchFromStore("500x1250-all-cores", 500, 1250, cores, work),
                researchFromStore("3000x5000", 3000, 5000, 1, work),
                researchFromStore("3000x5000-all-cores", 3000, 5000, cores, work));
        Files.createDirectories(Path.of("outputs", "bench"));
        System.out.printf("%-38s %5s %12s %14s %12s  %s%n", "benchmark", "runs", "median s", "median rows/s", "peak RSS", "target");
        Set<List<String>> prepared = new HashSet<>();
        try {
            for (Case benchmark : cases) {
                if (!selected.isEmpty() && !selected.contains(benchmark.name())) {
                    continue;
                }
                if (benchmark.name().equals("csv-sp500") && !Files.exists(sharedData.resolve("sp500_5yr_daily.csv.gz"))) {
                    System.out.printf("%-38s skipped: %s is absent%n", benchmark.name(), sharedData);
                    continue;
                }
                List<String> preparation = benchmark.preparation();
                if (preparation != null && prepared.add(preparation)) {
                    String what = preparation.get(0) + (preparation.size() > 2 ? " " + String.join("x", preparation.subList(2,
                            preparation.size())) : "");
                    JsonNode done = runOnce(what, preparation);
                    System.out.printf(Locale.ROOT, "(%s: %.0f s, not part of any figure)%n", what, done.get("seconds").asDouble());
                }
                report(benchmark, measure(benchmark, runs));
            }
        } finally {
            deleteTree(work);
        }
    }

    /**
     * kairos research's SMA cross 10/30 over random walks in memory, on {@code threads} cores (parallel over symbols);
     * rows are bars, the load excluded. The target, 1000 times Backtrader's 26,000 bars/s, is for one core.
     */
    private static Case research(String size, int symbols, int days, int threads, double minBarsPerSecond, Path work) {
        return new Case("research-sma-" + size, "kairos research sma_cross:fast=10,slow=30 on " + symbols + " random-walk symbols"
                + " x " + days + " days in memory, " + threads + " thread(s), data made before the timed part; rows are bars",
                List.of("research-sma", work.toString(), String.valueOf(symbols), String.valueOf(days), String.valueOf(threads)), 0,
                minBarsPerSecond, 0, null);
    }

    /**
     * The same sweep on the same walks, the load included: the timed part reads them from a DuckDB store's sep_base as
     * kairos research --symbols does, then runs the sweep. The store is written once per size, before any run.
     */
    private static Case researchFromStore(String size, int symbols, int days, int threads, Path work) {
        return new Case("research-sma-store-" + size, "kairos research --symbols sma_cross:fast=10,slow=30 on " + symbols
                + " random-walk symbols x " + days + " days read from a DuckDB store's sep_base, " + threads + " thread(s) (DuckDB"
                + " too), the read timed with the sweep; rows are bars", List.of("research-sma-store", work.toString(),
                String.valueOf(symbols), String.valueOf(days), String.valueOf(threads)), 0, 0, 0,
                List.of("prepare-walks", work.toString(), String.valueOf(symbols), String.valueOf(days)));
    }

    private static List<JsonNode> measure(Case benchmark, int runs) throws IOException, InterruptedException {
        List<JsonNode> results = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            results.add(runOnce(benchmark.name() + " run " + (run + 1), benchmark.args()));
        }
        return results;
    }

    /**
     * Runs BenchCase with {@code args} in a fresh JVM and returns the JSON line it prints. XGBoost's OpenMP
     * threads wait passively, as scripts/kairos sets it: spinning threads starve the rest on a busy machine.
     */
    private static JsonNode runOnce(String what, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                HEAP, "--add-opens=java.base/java.nio=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                BenchCase.class.getName()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().put("OMP_WAIT_POLICY", "PASSIVE");
        Process process = builder.start();
        String line;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            line = out.readLine();
        }
        if (process.waitFor() != 0 || line == null) {
            throw new IllegalStateException(what + " failed (exit " + process.exitValue() + ")");
        }
        return Json.mapper().readTree(line);
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void report(Case benchmark, List<JsonNode> runs) throws IOException {
        double seconds = median(runs.stream().mapToDouble(run -> run.get("seconds").asDouble()).toArray());
        double rowsPerSecond = median(runs.stream().mapToDouble(run -> run.get("rows").asDouble() / run.get("seconds").asDouble()).toArray());
        long peak = runs.stream().mapToLong(run -> run.get("peak_rss_bytes").asLong()).max().orElseThrow();
        boolean fastEnough = benchmark.maxSeconds() > 0 ? seconds < benchmark.maxSeconds() : rowsPerSecond > benchmark.minRowsPerSecond();
        boolean smallEnough = benchmark.maxPeakBytes() == 0 || peak < benchmark.maxPeakBytes();
        String target = (benchmark.maxSeconds() > 0 ? "< " + (int) benchmark.maxSeconds() + " s" : "> "
                + String.format(Locale.ROOT, "%,.0f", benchmark.minRowsPerSecond()) + " rows/s")
                + (benchmark.maxPeakBytes() > 0 ? ", < " + benchmark.maxPeakBytes() / GIB + " GiB" : "") + ": "
                + (fastEnough && smallEnough ? "PASS" : "FAIL");
        System.out.printf(Locale.ROOT, "%-38s %5d %12.2f %,14.0f %9.0f MB  %s%n", benchmark.name(), runs.size(), seconds,
                rowsPerSecond, peak / 1048576.0, target);

        Map<String, Object> json = new LinkedHashMap<>();
        json.put("benchmark", benchmark.name());
        json.put("description", benchmark.description());
        json.put("measured_at", Instant.now().toString());
        json.put("machine", Map.of("cores", Runtime.getRuntime().availableProcessors(), "java", System.getProperty("java.version"),
                "os", System.getProperty("os.name") + " " + System.getProperty("os.arch"), "heap", HEAP));
        json.put("runs", runs);
        json.put("median_seconds", seconds);
        json.put("median_rows_per_second", rowsPerSecond);
        if (runs.get(0).has("setup_seconds")) {
            json.put("median_setup_seconds", median(runs.stream().mapToDouble(run -> run.get("setup_seconds").asDouble()).toArray()));
        }
        json.put("per_run", runs);
        json.put("max_peak_rss_bytes", peak);
        json.put("target", target);
        json.put("pass", fastEnough && smallEnough);
        Files.write(Path.of("outputs", "bench", benchmark.name() + ".json"), Json.mapper().writeValueAsBytes(json));
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
