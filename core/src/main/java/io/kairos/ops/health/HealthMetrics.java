package io.kairos.ops.health;

import io.kairos.execution.records.OrderCounts;
import io.kairos.pipeline.Checkpoint;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot.GaugeDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A report as Prometheus metrics (docs/OPERATIONS.md lists each), written in the Prometheus text exposition format
 * 0.0.4 by the Prometheus client library: every figure a gauge read fresh from the report, no state kept between
 * scrapes. A figure the report does not have (no broker, no run yet) is left out rather than made up.
 */
public final class HealthMetrics {

    /** {@code text/plain; version=0.0.4; charset=utf-8}. */
    public static final String CONTENT_TYPE = PrometheusTextFormatWriter.CONTENT_TYPE;

    private static final PrometheusTextFormatWriter WRITER = PrometheusTextFormatWriter.create();

    private HealthMetrics() {
    }

    public static String text(HealthReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            WRITER.write(out, snapshots(report));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    static MetricSnapshots snapshots(HealthReport report) {
        List<MetricSnapshot> metrics = new ArrayList<>();
        metrics.add(gauge("kairos_health_overall", "Overall health: 0 OK, 1 WARN, 2 FAIL (the worst component)",
                List.of(point(report.overall().level(), Labels.EMPTY))));
        metrics.add(gauge("kairos_health_component", "Health of each component: 0 OK, 1 WARN, 2 FAIL (unknown ones left out)",
                report.components().stream().filter(component -> component.state() != HealthState.UNKNOWN)
                        .map(component -> point(component.state().level(), Labels.of("component", component.name()))).toList()));
        for (Reading reading : Reading.values()) {
            report.reading(reading).ifPresent(value -> metrics.add(gauge(reading.metric(), reading.help(),
                    List.of(point(value * reading.toMetric(), Labels.EMPTY)))));
        }
        if (report.lastRun() != null) {
            List<Checkpoint> stages = report.lastRun().stages();
            metrics.add(stageGauge("kairos_stage_last_duration_seconds", "Seconds the stage took in the latest pipeline run"
                    + " (0 when skipped by --resume)", stages, Checkpoint::seconds));
            metrics.add(stageGauge("kairos_stage_last_success", "1 when the stage finished well in the latest pipeline run (done,"
                    + " skipped or forced), 0 when it was blocked or failed", stages, stage -> stage.finishedWell() ? 1.0 : 0.0));
            metrics.add(stageGauge("kairos_stage_last_exit_code", "Exit code of the stage in the latest pipeline run (0 done, 3"
                    + " refused by a safety check, else failed)", stages, stage -> (double) stage.exitCode()));
            metrics.add(stageGauge("kairos_stage_last_finished_timestamp_seconds", "When the stage last finished, Unix time",
                    stages, stage -> stage.finished().toEpochMilli() / 1000.0));
        }
        if (!report.orders().isEmpty()) {
            List<GaugeDataPointSnapshot> points = new ArrayList<>();
            for (OrderCounts.Count count : report.orders()) {
                points.add(point(count.orders(), Labels.of("status", count.status(), "venue", count.venue())));
            }
            metrics.add(gauge("kairos_orders", "Orders in Kairos's records by venue and last-seen status; their sum by venue is"
                    + " every order submitted", points));
        }
        return new MetricSnapshots(metrics);
    }

    private static GaugeSnapshot stageGauge(String name, String help, List<Checkpoint> stages, Function<Checkpoint, Double> value) {
        return gauge(name, help, stages.stream().map(stage -> point(value.apply(stage), Labels.of("stage", stage.stage()))).toList());
    }

    private static GaugeSnapshot gauge(String name, String help, List<GaugeDataPointSnapshot> points) {
        GaugeSnapshot.Builder gauge = GaugeSnapshot.builder().name(name).help(help);
        points.forEach(gauge::dataPoint);
        return gauge.build();
    }

    private static GaugeDataPointSnapshot point(double value, Labels labels) {
        return GaugeDataPointSnapshot.builder().value(value).labels(labels).build();
    }
}
