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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code make bench}: runs each benchmark several times, each run in a fresh JVM with the launcher's
 * heap limit, prints the medians against the targets of the issue, and writes them as JSON under
 * {@code outputs/bench/}. Arguments: case names to run (default all), {@code --runs N}.
 */
public final class BenchMain {

    /** A benchmark and the target it must meet. */
    private record Case(String name, String description, List<String> args, double maxSeconds, double minRowsPerSecond,
            long maxPeakBytes) {
    }

    private static final String HEAP = "-Xmx1g";
    private static final long GIB = 1L << 30;

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
        List<Case> cases = List.of(
                new Case("synthetic-3000x20y", "synthetic market, 3000 tickers over 20 years, generated and loaded"
                        + " (listings and delistings leave about 9 million rows)",
                        List.of("synthetic", work.toString(), "3000", "20"), 60, 0, 2 * GIB),
                new Case("synthetic-15M-rows", "synthetic market, 5000 tickers over 20 years: the issue's 15 million rows",
                        List.of("synthetic", work.toString(), "5000", "20"), 60, 0, 2 * GIB),
                new Case("csv-sp500", "CSV import of sp500_5yr_daily.csv.gz (619,040 rows)",
                        List.of("csv-sp500", work.toString(), sharedData.resolve("sp500_5yr_daily.csv.gz").toString()),
                        0, 1_000_000, 2 * GIB));
        Files.createDirectories(Path.of("outputs", "bench"));
        System.out.printf("%-20s %5s %12s %14s %12s  %s%n", "benchmark", "runs", "median s", "median rows/s", "peak RSS", "target");
        for (Case benchmark : cases) {
            if (!selected.isEmpty() && !selected.contains(benchmark.name())) {
                continue;
            }
            if (benchmark.name().equals("csv-sp500") && !Files.exists(sharedData.resolve("sp500_5yr_daily.csv.gz"))) {
                System.out.printf("%-20s skipped: %s is absent%n", benchmark.name(), sharedData);
                continue;
            }
            report(benchmark, measure(benchmark, runs));
        }
    }

    private static List<JsonNode> measure(Case benchmark, int runs) throws IOException, InterruptedException {
        List<JsonNode> results = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    HEAP, "--add-opens=java.base/java.nio=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                    BenchCase.class.getName()));
            command.addAll(benchmark.args());
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String line;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                line = out.readLine();
            }
            if (process.waitFor() != 0 || line == null) {
                throw new IllegalStateException(benchmark.name() + " run " + (run + 1) + " failed (exit " + process.exitValue() + ")");
            }
            results.add(Json.mapper().readTree(line));
        }
        return results;
    }

    private static void report(Case benchmark, List<JsonNode> runs) throws IOException {
        double seconds = median(runs.stream().mapToDouble(run -> run.get("seconds").asDouble()).toArray());
        double rowsPerSecond = median(runs.stream().mapToDouble(run -> run.get("rows").asDouble() / run.get("seconds").asDouble()).toArray());
        long peak = runs.stream().mapToLong(run -> run.get("peak_rss_bytes").asLong()).max().orElseThrow();
        boolean fastEnough = benchmark.maxSeconds() > 0 ? seconds < benchmark.maxSeconds() : rowsPerSecond > benchmark.minRowsPerSecond();
        boolean smallEnough = peak < benchmark.maxPeakBytes();
        String target = (benchmark.maxSeconds() > 0 ? "< " + (int) benchmark.maxSeconds() + " s" : "> "
                + String.format(Locale.ROOT, "%,.0f", benchmark.minRowsPerSecond()) + " rows/s") + ", < "
                + benchmark.maxPeakBytes() / GIB + " GiB: " + (fastEnough && smallEnough ? "PASS" : "FAIL");
        System.out.printf(Locale.ROOT, "%-20s %5d %12.2f %,14.0f %9.0f MB  %s%n", benchmark.name(), runs.size(), seconds,
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
        json.put("median_setup_seconds", median(runs.stream().mapToDouble(run -> run.get("setup_seconds").asDouble()).toArray()));
        json.put("per_run", runs);
        json.put("max_peak_rss_bytes", peak);
        json.put("target", target);
        json.put("pass", fastEnough && smallEnough);
        Files.write(Path.of("outputs", "bench", benchmark.name() + ".json"), Json.mapper().writeValueAsBytes(json));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
