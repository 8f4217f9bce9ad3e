package io.kairos.ops.preflight;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Every check's outcome, in order; ready when none failed (warnings alone do not stop a run). */
public record PreflightReport(PreflightMode mode, Instant at, List<PreflightOutcome> checks) {

    public PreflightReport {
        checks = List.copyOf(checks);
    }

    public long count(PreflightStatus status) {
        return checks.stream().filter(check -> check.status() == status).count();
    }

    public boolean ready() {
        return count(PreflightStatus.FAIL) == 0;
    }

    /** The report as preflight.json and --json give it. */
    public Map<String, Object> asJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("mode", mode.label());
        json.put("at", at.toString());
        json.put("ready", ready());
        for (PreflightStatus status : PreflightStatus.values()) {
            json.put(status.name().toLowerCase(Locale.ROOT), count(status));
        }
        json.put("checks", checks);
        return json;
    }
}
