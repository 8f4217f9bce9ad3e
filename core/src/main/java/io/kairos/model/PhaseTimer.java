package io.kairos.model;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** How long each phase of a run took, in the order they ran. */
final class PhaseTimer {

    private final Map<String, Duration> laps = new LinkedHashMap<>();
    private long lapStarted = System.nanoTime();

    /** Ends the current phase as {@code phase} and starts the next. */
    void lap(String phase) {
        long now = System.nanoTime();
        laps.put(phase, Duration.ofNanos(now - lapStarted));
        lapStarted = now;
    }

    Map<String, Duration> laps() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(laps));
    }
}
