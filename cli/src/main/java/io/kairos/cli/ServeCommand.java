package io.kairos.cli;

import io.kairos.config.KairosConfig;
import io.kairos.ops.health.HealthProbe;
import io.kairos.ops.health.HealthServer;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"HTTP for monitors on 127.0.0.1 only, at serve.port (default 9464): GET /health is the health report as",
            "JSON (200 when OK or WARN, 503 when FAIL), GET /metrics the Prometheus text format. Each request probes",
            "afresh, read-only. Runs until interrupted (Ctrl-C, SIGTERM). docs/OPERATIONS.md lists every metric."})
final class ServeCommand implements Callable<Integer> {

    private final KairosContext context;

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOption store;

    @Option(names = "--port", paramLabel = "N", description = "Listen on this port (default: serve.port; 0 picks a free one).")
    private Integer port;

    ServeCommand(KairosContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        ConfigFlags flags = store.flags().with("serve.port", port == null ? null : String.valueOf(port), "--port");
        KairosConfig config = context.config(flags);
        HealthProbe probe = context.healthProbe(config);
        CountDownLatch stopped = new CountDownLatch(1);
        PrintWriter out = spec.commandLine().getOut();
        try (HealthServer server = HealthServer.start(config.serve().port(), probe::probe)) {
            Thread hook = new Thread(() -> {
                server.close();
                stopped.countDown();
            }, "kairos-serve-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            String base = "http://127.0.0.1:" + server.port();
            out.println("serving " + base + "/health and " + base + "/metrics; Ctrl-C stops");
            out.flush();
            try {
                stopped.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                removeHook(hook);
            }
        }
        out.println("stopped");
        out.flush();
        return ExitCode.SUCCESS;
    }

    /** Taken back when the command ends by an interrupt (tests, an embedding caller); impossible once the JVM is stopping. */
    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException stopping) {
            // the JVM is shutting down: the hook is what stopped us
        }
    }
}
