package io.kairos.ops.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.kairos.ops.Json;
import io.kairos.pipeline.Checkpoint;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kairos serve's server on an ephemeral port, asked by a real HTTP client; the probe is real, over a real home. */
class HealthServerTest {

    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);

    @TempDir
    Path dir;

    private final OkHttpClient http = new OkHttpClient.Builder().readTimeout(30, TimeUnit.SECONDS).build();
    private HealthServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** Prices to Wednesday 11-18 (2 sessions behind: WARN), a model of 10-30, a sim account, two stages, three orders. */
    private HealthHome home() {
        HealthHome home = new HealthHome(dir).store(LocalDate.of(2026, 11, 18), "2026-10-30").simAccount(LocalDate.of(2026, 11, 18))
                .orders("FILLED", "FILLED", "REJECTED");
        home.checkpoint("2026-11-20", 1, "download", Checkpoint.Status.DONE, 0, 12.5, Instant.parse("2026-11-20T21:30:00Z"));
        home.checkpoint("2026-11-20", 2, "audit", Checkpoint.Status.BLOCKED, 3, 3.25, Instant.parse("2026-11-20T21:30:04Z"));
        home.heartbeat(Instant.parse("2026-11-20T21:30:00Z"), "audit", 4242);
        return home;
    }

    private Response get(String path) throws Exception {
        return http.newCall(new Request.Builder().url("http://127.0.0.1:" + server.port() + path).build()).execute();
    }

    @Test
    void healthIsTheReportAsJsonWith200UnlessItFails() throws Exception {
        HealthHome home = home();
        HealthProbe probe = home.probe(HealthHome.FRIDAY_AFTER_CLOSE);
        server = HealthServer.start(0, probe::probe);
        try (Response response = get("/health")) {
            assertEquals(200, response.code());
            assertEquals("application/json; charset=utf-8", response.header("Content-Type"));
            JsonNode health = Json.mapper().readTree(response.body().string());
            assertEquals("WARN", health.get("overall").asText());
            assertEquals("2026-11-20T22:00:00Z", health.get("generated_at").asText());
            JsonNode data = health.get("components").get(3);
            assertEquals("data", data.get("name").asText());
            assertEquals("WARN", data.get("state").asText());
            assertEquals(2, data.at("/readings/data_age_sessions").asInt(), "Thursday and Friday are missing");
            assertEquals(2, health.get("alerts").size(), "the blocked audit stage and the data age");
            assertEquals("blocked", health.at("/last_run/stages/1/status").asText());
            assertEquals("2026-11-30", health.get("next_rebalance").asText());
        }
        home.killSwitch("testing");
        try (Response response = get("/health")) {
            assertEquals(503, response.code(), "each request probes afresh");
            assertEquals("FAIL", Json.mapper().readTree(response.body().string()).get("overall").asText());
        }
    }

    @Test
    void metricsAreThePrometheusTextFormatWithHandCheckedSamples() throws Exception {
        server = HealthServer.start(0, home().probe(HealthHome.FRIDAY_AFTER_CLOSE)::probe);
        String text;
        try (Response response = get("/metrics")) {
            assertEquals(200, response.code());
            assertEquals("text/plain; version=0.0.4; charset=utf-8", response.header("Content-Type"));
            text = response.body().string();
        }
        List<String> lines = text.lines().toList();
        for (String sample : List.of(
                "kairos_health_overall 1.0",
                "kairos_health_component{component=\"data\"} 1.0",
                "kairos_health_component{component=\"kill_switch\"} 0.0",
                "kairos_health_component{component=\"pipeline\"} 1.0",
                "kairos_data_age_sessions 2.0",
                "kairos_model_age_seconds " + 21 * 86400.0,
                "kairos_account_equity_dollars 100000.0",
                "kairos_account_drawdown_ratio 0.0",
                "kairos_account_positions 0.0",
                "kairos_kill_switch 0.0",
                "kairos_pipeline_running 0.0",
                "kairos_heartbeat_age_seconds 1800.0",
                "kairos_stage_last_duration_seconds{stage=\"download\"} 12.5",
                "kairos_stage_last_duration_seconds{stage=\"audit\"} 3.25",
                "kairos_stage_last_success{stage=\"download\"} 1.0",
                "kairos_stage_last_success{stage=\"audit\"} 0.0",
                "kairos_stage_last_exit_code{stage=\"audit\"} 3.0",
                // 2026-11-20T21:30:04Z as Unix time, written as the client library writes doubles
                "kairos_stage_last_finished_timestamp_seconds{stage=\"audit\"} 1.795210204E9",
                "kairos_orders{status=\"filled\",venue=\"sim\"} 2.0",
                "kairos_orders{status=\"rejected\",venue=\"sim\"} 1.0",
                "# TYPE kairos_data_age_sessions gauge",
                "# HELP kairos_kill_switch 1 while the kill switch is on (state/KILL_SWITCH exists: no order may go out), else 0")) {
            assertTrue(lines.contains(sample), () -> sample + " not in\n" + text);
        }
        assertTrue(lines.stream().noneMatch(line -> line.startsWith("kairos_reconcile_breaks")), "no reconcile yet: left out");
    }

    @Test
    void anyOtherPathIs404AndAnotherMethod405() throws Exception {
        server = HealthServer.start(0, home().probe(HealthHome.FRIDAY_AFTER_CLOSE)::probe);
        try (Response response = get("/")) {
            assertEquals(404, response.code());
        }
        try (Response response = get("/healthz")) {
            assertEquals(404, response.code());
        }
        Request post = new Request.Builder().url("http://127.0.0.1:" + server.port() + "/metrics")
                .post(RequestBody.create(new byte[0])).build();
        try (Response response = http.newCall(post).execute()) {
            assertEquals(405, response.code());
            assertEquals("GET, HEAD", response.header("Allow"));
        }
    }

    @Test
    void promtoolAcceptsTheMetrics() throws Exception {
        Path promtool = Path.of("/usr/bin/promtool");
        String path = System.getenv().getOrDefault("PATH", "");
        for (String folder : path.split(File.pathSeparator)) {
            if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, "promtool"))) {
                promtool = Path.of(folder, "promtool");
                break;
            }
        }
        assumeTrue(Files.isExecutable(promtool), "promtool is not installed (apt-get install prometheus)");
        server = HealthServer.start(0, home().probe(HealthHome.FRIDAY_AFTER_CLOSE)::probe);
        Path metrics = dir.resolve("metrics.txt");
        try (Response response = get("/metrics")) {
            Files.writeString(metrics, response.body().string());
        }
        Process check = new ProcessBuilder(promtool.toString(), "check", "metrics").redirectInput(metrics.toFile())
                .redirectErrorStream(true).start();
        String said = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(check.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, check.exitValue(), said);
        assertEquals("", said.strip(), "promtool has no lint complaint");
    }
}
