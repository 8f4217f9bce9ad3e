package io.kairos.ops.health;

import io.kairos.execution.records.OrderCounts;
import io.kairos.pipeline.PipelineRuns;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one probe found: each component, and the figures status and /metrics show beside them.
 *
 * @param lastRun       the latest pipeline run, or null before the first
 * @param nextRebalance the next rebalance date on or after today, or null when the calendar cannot tell
 * @param orders        the recorded orders by venue and status (empty when the store could not be read)
 */
public record HealthReport(Instant generatedAt, List<HealthComponent> components, PipelineRuns.Run lastRun, LocalDate nextRebalance,
        List<OrderCounts.Count> orders) {

    public HealthReport {
        components = List.copyOf(components);
        orders = List.copyOf(orders);
    }

    /** The worst state of any component (UNKNOWN counts as OK). */
    public HealthState overall() {
        return components.stream().map(HealthComponent::state).reduce(HealthState.OK, HealthState::worse);
    }

    /** The open alerts: every component in FAIL, then every one in WARN, as "FAIL name: detail". */
    public List<String> alerts() {
        List<String> alerts = new ArrayList<>();
        for (HealthState state : List.of(HealthState.FAIL, HealthState.WARN)) {
            components.stream().filter(component -> component.state() == state)
                    .forEach(component -> alerts.add(state + " " + component.name() + ": " + component.detail()));
        }
        return List.copyOf(alerts);
    }

    public Optional<HealthComponent> component(String name) {
        return components.stream().filter(component -> component.name().equals(name)).findFirst();
    }

    /** The reading, from whichever component measured it. */
    public Optional<Double> reading(Reading reading) {
        return components.stream().map(component -> component.readings().get(reading)).filter(Objects::nonNull).findFirst();
    }
}
