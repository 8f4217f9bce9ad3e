package io.kairos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.kairos.ops.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kairos pipeline on a synthetic market of 150 tickers over 5 years, for the rebalance of 2026-10-30: one run killed
 * (SIGKILL, a real process) in the middle of a stage and resumed ends with the same picks and backtest as a run
 * that was never interrupted. Validation refuses this model (its accuracy is below 52%), so both pass it with --force.
 * Then, on the finished store (its prices end on 2026-11-20, the last session before the test's clock), a fast run
 * skips the download.
 */
class PipelineCommandTest {

    private static final List<String> PIPELINE = List.of("pipeline", "--date", "2026-10-30", "--end", "2026-11-20", "--force");

    @TempDir
    Path killed;

    @TempDir
    Path uninterrupted;

    private static List<String> environment() {
        return List.of("KAIROS_SYNTHETIC_TICKERS=150", "KAIROS_SYNTHETIC_YEARS=5", "KAIROS_PORTFOLIO_MIN_ADV=100000");
    }

    private static CliRun cli(Path home) {
        CliRun run = new CliRun(home);
        environment().forEach(pair -> run.env(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1)));
        return run;
    }

    /** The binary in a process of its own, killed once the stage after {@code checkpoint} has been running a while. */
    private static void runAndKillAfter(Path home, String checkpoint) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-opens=java.base/java.nio=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(PIPELINE);
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(home.resolve("killed-run.log").toFile());
        builder.environment().put("KAIROS_HOME", home.toString());
        environment().forEach(pair -> builder.environment().put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1)));
        Process process = builder.start();
        Path marker = home.resolve("outputs/pipeline/2026-10-30/checkpoints").resolve(checkpoint);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (!Files.exists(marker) && process.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Thread.sleep(300);
        assertTrue(process.isAlive(), "the run must still be going when it is killed:\n" + Files.readString(home.resolve("killed-run.log")));
        process.destroyForcibly().waitFor();
    }

    @Test
    void aRunKilledInTheMiddleOfAStageResumesToTheSameOutputs() throws Exception {
        runAndKillAfter(killed, "06-calibrate.json");
        assertFalse(Files.exists(killed.resolve("outputs/pipeline/2026-10-30/checkpoints/07-backtest.json")),
                "killed during the backtest");
        assertTrue(Files.exists(killed.resolve("state/pipeline.lock")), "the killed run left its lock");

        List<String> resume = new ArrayList<>(PIPELINE);
        resume.add("--resume");
        CliRun.Result resumed = cli(killed).run(resume.toArray(String[]::new));
        CliRun.Result whole = cli(uninterrupted).run(PIPELINE.toArray(String[]::new));

        assertEquals(0, resumed.exitCode(), resumed::toString);
        assertEquals(0, whole.exitCode(), whole::toString);
        assertTrue(resumed.out().contains("note: a stale lock of a process that is gone was taken over"), resumed.out());
        JsonNode summary = Json.mapper().readTree(killed.resolve("outputs/pipeline/2026-10-30/summary.json").toFile());
        List<String> statuses = new ArrayList<>();
        summary.get("stages").forEach(stage -> statuses.add(stage.get("status").asText()));
        assertEquals(List.of("SKIPPED", "SKIPPED", "SKIPPED", "SKIPPED", "SKIPPED", "SKIPPED", "DONE", "FORCED", "DONE", "DONE"), statuses);
        for (String file : List.of("rebalance/2026-10-30/picks.csv", "backtest/2026-10-30/metrics.json", "backtest/2026-10-30/trades.csv")) {
            assertEquals(Files.readString(uninterrupted.resolve("outputs").resolve(file)), Files.readString(killed.resolve("outputs")
                    .resolve(file)), file);
        }
        assertTrue(whole.out().contains("what it produced and where:"), whole.out());
        assertTrue(whole.out().lines().anyMatch(line -> line.strip().matches("generate-picks +outputs/rebalance/2026-10-30/picks\\.csv")),
                whole.out());

        CliRun.Result fast = cli(uninterrupted).run("pipeline", "--date", "2026-10-30", "--to-stage", "audit", "--skip-fresh-download");
        assertEquals(0, fast.exitCode(), fast::toString);
        assertTrue(fast.out().contains("[01] download: skipped (fresh: the store holds the last completed session 2026-11-20)"),
                fast.out());
        assertTrue(fast.out().contains("[02] audit: done"), fast.out());
        assertFalse(fast.out().contains("[03] features"), "--to-stage audit stops after the audit:\n" + fast.out());
    }

    @Test
    void anUnknownStageIsAUsageError() {
        CliRun.Result unknown = cli(uninterrupted).run("pipeline", "--stage", "nope");
        assertEquals(2, unknown.exitCode(), unknown::toString);
        assertTrue(unknown.err().contains("Unknown stage nope: one of download, audit, features"), unknown.err());
        CliRun.Result backwards = cli(uninterrupted).run("pipeline", "--from-stage", "validate", "--to-stage", "train");
        assertEquals(2, backwards.exitCode(), backwards::toString);
        assertTrue(backwards.err().contains("--to-stage train comes before --from-stage validate."), backwards.err());
    }
}
