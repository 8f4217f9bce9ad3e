package io.kairos.ops.health;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One part of the system as the probe found it.
 *
 * @param name     kill_switch, pipeline, heartbeat, data, model, broker, orders, audit_log or reconcile
 * @param detail   one line: what was measured, and what to do when it is not OK
 * @param readings the numbers measured (metrics)
 */
public record HealthComponent(String name, HealthState state, String detail, Map<Reading, Double> readings) {

    public HealthComponent {
        readings = readings.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(readings));
    }

    public HealthComponent(String name, HealthState state, String detail) {
        this(name, state, detail, Map.of());
    }
}
