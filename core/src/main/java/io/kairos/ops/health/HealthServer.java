package io.kairos.ops.health;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.kairos.KairosException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code kairos serve}: HTTP on the loopback address only. {@code GET /health} is the report as JSON, status 200 when
 * the overall state is OK or WARN and 503 when it is FAIL; {@code GET /metrics} the Prometheus text format. Each request
 * probes afresh, one at a time (a scrape never sees a half-made report, and two probes never open the store at once).
 * Any other path is 404, any other method 405.
 */
public final class HealthServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HealthServer.class);

    private final HttpServer server;
    private final ExecutorService executor;
    private final Supplier<HealthReport> probe;

    private HealthServer(HttpServer server, ExecutorService executor, Supplier<HealthReport> probe) {
        this.server = server;
        this.executor = executor;
        this.probe = probe;
    }

    /** Listens on 127.0.0.1:{@code port} (0: any free port, see {@link #port()}). */
    public static HealthServer start(int port, Supplier<HealthReport> probe) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw KairosException.failure("Cannot listen on 127.0.0.1:" + port + " (" + e.getMessage() + "): is another kairos serve"
                    + " running? Stop it, or pick another port with --port or serve.port.", e);
        }
        ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "kairos-serve");
            thread.setDaemon(true);
            return thread;
        });
        HealthServer health = new HealthServer(server, executor, probe);
        server.createContext("/", health::handle);
        server.setExecutor(executor);
        server.start();
        return health;
    }

    /** The port it listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            boolean known = path.equals("/health") || path.equals("/metrics");
            if (!known) {
                send(exchange, 404, "text/plain; charset=utf-8", "not found: try /health or /metrics\n");
                return;
            }
            if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", "method not allowed: GET " + path + "\n");
                return;
            }
            HealthReport report = probe.get();
            if (path.equals("/health")) {
                send(exchange, report.overall() == HealthState.FAIL ? 503 : 200, "application/json; charset=utf-8", HealthJson.of(report));
            } else {
                send(exchange, 200, HealthMetrics.CONTENT_TYPE, HealthMetrics.text(report));
            }
        } catch (RuntimeException e) {
            LOG.error("serve: {} failed: {}", exchange.getRequestURI(), e.getMessage(), e);
            throw e;
        }
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    /** Stops listening at once. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
