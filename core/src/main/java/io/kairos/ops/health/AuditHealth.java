package io.kairos.ops.health;

import com.fasterxml.jackson.databind.JsonNode;
import io.kairos.KairosException;
import io.kairos.ops.Json;
import io.kairos.ops.audit.AuditVerification;
import io.kairos.ops.audit.AuditVerifier;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The components read from the audit log: audit_log (is the chain intact) and reconcile (did the last reconcile find breaks). */
final class AuditHealth {

    private final Path log;

    /** @param log logs/audit.jsonl */
    AuditHealth(Path log) {
        this.log = log;
    }

    /** FAIL when the hash chain is broken (kairos verify-audit says where); UNKNOWN before the first line. */
    HealthComponent chain() {
        if (!Files.isRegularFile(log)) {
            return new HealthComponent("audit_log", HealthState.UNKNOWN, "no audit log yet at " + log + " (execute writes it)");
        }
        AuditVerification verification = AuditVerifier.verify(log);
        if (!verification.intact()) {
            return new HealthComponent("audit_log", HealthState.FAIL, "the chain of " + log + " is broken: "
                    + verification.broken().problem() + "; run kairos verify-audit and keep a copy of the file");
        }
        return new HealthComponent("audit_log", HealthState.OK, verification.intactLines() + " lines, chain intact");
    }

    /**
     * The last {@code reconciled} event of each venue: WARN when any found breaks (differences an operator must look at,
     * see kairos reconcile); a later reconcile without breaks clears it. UNKNOWN before the first reconcile.
     */
    HealthComponent reconcile() {
        Map<String, JsonNode> last = lastReconciles();
        if (last.isEmpty()) {
            return new HealthComponent("reconcile", HealthState.UNKNOWN, "no reconcile recorded in the audit log yet");
        }
        long breaks = last.values().stream().mapToLong(event -> event.path("fields").path("breaks").asLong()).sum();
        String detail = last.entrySet().stream().map(venue -> venue.getKey() + " at " + venue.getValue().path("ts").asText() + ": "
                + venue.getValue().path("fields").path("breaks").asLong() + " breaks").collect(Collectors.joining("; "));
        Map<Reading, Double> readings = Map.of(Reading.RECONCILE_BREAKS, (double) breaks);
        if (breaks > 0) {
            return new HealthComponent("reconcile", HealthState.WARN, "last reconcile " + detail + ": see the differences in"
                    + " outputs/reconcile/ and at the broker, then kairos reconcile again", readings);
        }
        return new HealthComponent("reconcile", HealthState.OK, "last reconcile " + detail, readings);
    }

    private Map<String, JsonNode> lastReconciles() {
        Map<String, JsonNode> last = new TreeMap<>();
        if (!Files.isRegularFile(log)) {
            return last;
        }
        try (BufferedReader lines = Files.newBufferedReader(log, StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.contains("\"reconciled\"")) {
                    continue;
                }
                JsonNode event = parse(line);
                if (event != null && "reconciled".equals(event.path("event").asText())) {
                    last.put(event.path("fields").path("venue").asText("?"), event);
                }
            }
        } catch (IOException e) {
            throw KairosException.failure("Cannot read the audit log " + log + ": " + e.getMessage(), e);
        }
        return last;
    }

    /** The line as JSON, or null when it is not (the chain component reports that). */
    private static JsonNode parse(String line) {
        try {
            return Json.mapper().readTree(line);
        } catch (IOException e) {
            return null;
        }
    }
}
