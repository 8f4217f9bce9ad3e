package io.kairos.data.audit;

import io.kairos.ops.ArtifactFolder;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/** Writes an audit report as {@code audit.json} with its manifest into a dated folder, all or nothing. */
public final class AuditArtifacts {

    public static final String STAGE = "audit";
    public static final String REPORT_FILE = "audit.json";

    private AuditArtifacts() {
    }

    /** The usual folder of a report: {@code <outputs>/audit/<asOf>}. */
    public static Path defaultFolder(Path outputsDir, LocalDate asOf) {
        return outputsDir.resolve(STAGE).resolve(asOf.toString());
    }

    /**
     * Publishes the report into {@code folder}; returns it. audit.json holds nothing that depends on when the audit ran, so
     * the same store, as-of date and settings always give the same bytes; the run's time is in manifest.json.
     *
     * @param inputs what the audit read, for the manifest (e.g. the store path)
     */
    public static Path write(AuditReport report, Path target, Map<String, Object> inputs, Clock clock) {
        ArtifactFolder folder = ArtifactFolder.begin(target);
        try {
            folder.writeJson(REPORT_FILE, report);
            return folder.publish(STAGE, inputs, parameters(report), clock);
        } catch (RuntimeException e) {
            folder.abandon();
            throw e;
        }
    }

    private static Map<String, Object> parameters(AuditReport report) {
        Map<String, Object> parameters = new TreeMap<>();
        parameters.put("as_of", report.asOf().toString());
        parameters.put("jump_ratio", report.settings().jumpRatio());
        parameters.put("bad_print_ratio", report.settings().badPrintRatio());
        parameters.put("blocking", report.settings().blocking().stream().map(AuditCheck::id).toList());
        return parameters;
    }
}
