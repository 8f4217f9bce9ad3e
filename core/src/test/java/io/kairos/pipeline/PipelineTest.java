package io.kairos.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.kairos.ops.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner over stages that record their runs and answer the exit codes the test gives them. */
class PipelineTest {

    @TempDir
    Path dir;

    private final List<String> ran = new ArrayList<>();
    private final Map<String, Integer> exits = new HashMap<>();
    private final Map<String, String> inputs = new HashMap<>();

    private List<PipelineStage> stages(String... names) {
        List<PipelineStage> stages = new ArrayList<>();
        for (String name : names) {
            stages.add(new PipelineStage(name, List.of(name), List.of("outputs/" + name), () -> inputs.getOrDefault(name, "same"), () -> {
                ran.add(name);
                return exits.getOrDefault(name, 0);
            }));
        }
        return stages;
    }

    private PipelineSummary run(boolean resume, boolean force, String... names) {
        return new Pipeline(dir.resolve("pipeline"), dir.resolve("state/heartbeat"), Clock.systemUTC(), line -> { })
                .run("2026-10-30", stages(names), 1, resume, force);
    }

    @Test
    void aRefusedStageStopsTheRunWithExitThreeAndSaysWhich() throws Exception {
        exits.put("validate", 3);
        PipelineSummary summary = run(false, false, "train", "validate", "picks");
        assertEquals(List.of("train", "validate"), ran, "nothing after the refusal");
        assertEquals(3, summary.exitCode());
        assertEquals("validate", summary.stoppedAt());
        assertTrue(summary.reason().startsWith("validate refused (exit 3)"), summary.reason());
        JsonNode written = Json.mapper().readTree(dir.resolve("pipeline/summary.json").toFile());
        assertEquals("validate", written.get("stoppedAt").asText());
        JsonNode checkpoint = Json.mapper().readTree(dir.resolve("pipeline/checkpoints/02-validate.json").toFile());
        assertEquals("BLOCKED", checkpoint.get("status").asText());
        assertEquals("outputs/validate", checkpoint.get("outputs").get(0).asText(), "what the stage writes is in its checkpoint");
        assertTrue(Files.readString(dir.resolve("state/heartbeat")).contains("pipeline validate"));
    }

    @Test
    void forceGoesOnAndRecordsIt() {
        exits.put("validate", 3);
        PipelineSummary summary = run(false, true, "train", "validate", "picks");
        assertEquals(List.of("train", "validate", "picks"), ran);
        assertEquals(0, summary.exitCode());
        assertNull(summary.stoppedAt());
        assertEquals(Checkpoint.Status.FORCED, summary.stages().get(1).status());
    }

    @Test
    void aFailureStopsWithItsOwnExitCode() {
        exits.put("train", 1);
        PipelineSummary summary = run(false, false, "train", "validate");
        assertEquals(1, summary.exitCode());
        assertEquals(List.of("train"), ran);
        assertTrue(summary.reason().endsWith("kairos pipeline --resume"), summary.reason());
    }

    @Test
    void aResumeSkipsWhatFinishedWithTheSameInputsAndRunsTheRest() {
        exits.put("picks", 1);
        run(false, false, "download", "train", "picks");
        exits.remove("picks");
        ran.clear();
        inputs.put("train", "new labels");

        PipelineSummary resumed = run(true, false, "download", "train", "picks");

        assertEquals(List.of("train", "picks"), ran, "download finished with the same inputs; train's changed; picks failed");
        assertEquals(List.of(Checkpoint.Status.SKIPPED, Checkpoint.Status.DONE, Checkpoint.Status.DONE),
                resumed.stages().stream().map(Checkpoint::status).toList());
        assertEquals(0, resumed.exitCode());
    }

    @Test
    void withoutResumeEveryStageRunsAgain() {
        run(false, false, "download", "train");
        ran.clear();
        run(false, false, "download", "train");
        assertEquals(List.of("download", "train"), ran);
    }

    @Test
    void aStageThatNeedNotRunIsSkippedWithItsReasonAndTheRestRuns() throws Exception {
        PipelineStage freshDownload = new PipelineStage("download", List.of("download"), List.of("store"), () -> "same",
                () -> "the store already holds 2026-10-30", () -> {
                    ran.add("download");
                    return 0;
                });
        List<String> said = new ArrayList<>();
        PipelineSummary summary = new Pipeline(dir.resolve("pipeline"), dir.resolve("state/heartbeat"), Clock.systemUTC(), said::add)
                .run("2026-10-30", List.of(freshDownload, stages("train").get(0)), 1, false, false);

        assertEquals(List.of("train"), ran);
        assertEquals(Checkpoint.Status.SKIPPED, summary.stages().get(0).status());
        assertEquals("[01] download: skipped (the store already holds 2026-10-30)", said.get(0));
        assertEquals(0, summary.exitCode());
    }

    @Test
    void aSlowStageKeepsBeatingAndTheBeatsStopWithTheRun() throws Exception {
        Path file = dir.resolve("state/heartbeat");
        List<Heartbeat.Beat> seen = new ArrayList<>();
        PipelineStage slow = new PipelineStage("backtest", List.of("backtest"), List.of(), () -> "same", () -> {
            Heartbeat.Beat first = Heartbeat.read(file).orElseThrow();
            seen.add(first);
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (System.nanoTime() < deadline) {
                Heartbeat.Beat now = Heartbeat.read(file).orElse(first);
                if (now.at().isAfter(first.at())) {
                    seen.add(now);
                    return 0;
                }
                sleep(5);
            }
            return 1;
        });
        PipelineSummary summary = new Pipeline(dir.resolve("pipeline"), file, java.time.Duration.ofMillis(20), Clock.systemUTC(),
                line -> { }).run("2026-10-30", List.of(slow), 1, false, false);
        assertEquals(0, summary.exitCode(), "a second beat came while the stage ran");
        assertEquals(2, seen.size());
        for (Heartbeat.Beat beat : seen) {
            assertEquals("backtest", beat.stage());
            assertEquals(ProcessHandle.current().pid(), beat.pid());
        }
        String last = Files.readString(file);
        sleep(100);
        assertEquals(last, Files.readString(file), "no beat after the run ended");
    }

    @Test
    void aHeartbeatFileThatIsNotABeatReadsAsNone() throws Exception {
        Path file = dir.resolve("heartbeat");
        assertTrue(Heartbeat.read(file).isEmpty(), "no file");
        Files.writeString(file, "2026-11-20T22:00:00Z pipeline train pid 4242\n");
        assertEquals(new Heartbeat.Beat(java.time.Instant.parse("2026-11-20T22:00:00Z"), "train", 4242), Heartbeat.read(file).get());
        Files.writeString(file, "garbage\n");
        assertTrue(Heartbeat.read(file).isEmpty());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
