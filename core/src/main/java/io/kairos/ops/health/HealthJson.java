package io.kairos.ops.health;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kairos.execution.records.OrderCounts;
import io.kairos.ops.Json;
import io.kairos.pipeline.Checkpoint;
import java.util.Locale;
import java.util.Map;

/**
 * A report as the JSON of {@code kairos health --json} and {@code GET /health}: {@code overall}, {@code generated_at},
 * {@code components} (name, state, detail, readings), {@code alerts}, {@code last_run}, {@code next_rebalance},
 * {@code orders}.
 */
public final class HealthJson {

    private HealthJson() {
    }

    public static String of(HealthReport report) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("overall", report.overall().name());
        root.put("generated_at", report.generatedAt().toString());
        ArrayNode components = root.putArray("components");
        for (HealthComponent component : report.components()) {
            ObjectNode node = components.addObject();
            node.put("name", component.name());
            node.put("state", component.state().name());
            node.put("detail", component.detail());
            ObjectNode readings = node.putObject("readings");
            for (Map.Entry<Reading, Double> reading : component.readings().entrySet()) {
                readings.put(reading.getKey().key(), reading.getValue());
            }
        }
        report.alerts().forEach(root.putArray("alerts")::add);
        if (report.lastRun() == null) {
            root.putNull("last_run");
        } else {
            ObjectNode run = root.putObject("last_run");
            run.put("date", report.lastRun().date());
            ArrayNode stages = run.putArray("stages");
            for (Checkpoint stage : report.lastRun().stages()) {
                stages.addObject().put("stage", stage.stage()).put("status", stage.status().name().toLowerCase(Locale.ROOT))
                        .put("exit_code", stage.exitCode()).put("seconds", stage.seconds()).put("finished", stage.finished().toString());
            }
        }
        root.put("next_rebalance", report.nextRebalance() == null ? null : report.nextRebalance().toString());
        ArrayNode orders = root.putArray("orders");
        for (OrderCounts.Count count : report.orders()) {
            orders.addObject().put("venue", count.venue()).put("status", count.status()).put("orders", count.orders());
        }
        try {
            return Json.mapper().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a health report is plain JSON", e);
        }
    }
}
