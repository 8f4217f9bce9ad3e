package io.kairos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.kairos.ops.Json;
import io.kairos.ops.health.HealthHome;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** kairos serve through the command line: it says where it listens, answers real HTTP, and stops cleanly when interrupted. */
class ServeCommandTest {

    @TempDir
    Path home;

    @Test
    void servesHealthAndMetricsOnTheLoopbackUntilInterrupted() throws Exception {
        new HealthHome(home).store(LocalDate.of(2026, 11, 20), "2026-10-30");
        StringWriter out = new StringWriter();
        AtomicInteger exit = new AtomicInteger(-1);
        Thread serve = new Thread(() -> {
            CommandLine line = KairosCli.create(new KairosContext(Map.of("KAIROS_HOME", home.toString()), CliRun.AFTER_CLOSE_2026_11_20,
                    home, false));
            line.setOut(new PrintWriter(out, true));
            exit.set(line.execute("serve", "--port", "0"));
        });
        serve.start();
        Pattern listening = Pattern.compile("serving http://127\\.0\\.0\\.1:(\\d+)/health and http://127\\.0\\.0\\.1:\\1/metrics;"
                + " Ctrl-C stops\n");
        Matcher url = listening.matcher("");
        for (int i = 0; i < 600 && !url.reset(out.toString()).find(); i++) {
            Thread.sleep(50);
        }
        assertTrue(url.reset(out.toString()).find(), out::toString);
        String base = "http://127.0.0.1:" + url.group(1);

        OkHttpClient http = new OkHttpClient.Builder().readTimeout(30, TimeUnit.SECONDS).build();
        try (Response health = http.newCall(new Request.Builder().url(base + "/health").build()).execute()) {
            assertEquals(200, health.code());
            JsonNode report = Json.mapper().readTree(health.body().string());
            assertEquals("OK", report.get("overall").asText());
            assertEquals("data", report.at("/components/3/name").asText());
            assertEquals(0, report.at("/components/3/readings/data_age_sessions").asInt());
        }
        try (Response metrics = http.newCall(new Request.Builder().url(base + "/metrics").build()).execute()) {
            assertEquals("text/plain; version=0.0.4; charset=utf-8", metrics.header("Content-Type"));
            assertTrue(metrics.body().string().contains("\nkairos_model_age_seconds " + 21 * 86400.0 + "\n"));
        }

        serve.interrupt();
        serve.join(10_000);
        assertEquals(0, exit.get(), out::toString);
        assertTrue(out.toString().endsWith("stopped\n"), out::toString);
    }
}
