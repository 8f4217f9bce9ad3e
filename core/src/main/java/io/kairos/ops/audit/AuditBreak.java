package io.kairos.ops.audit;

/** The first line where the audit chain does not hold, and why. */
public record AuditBreak(long line, String problem) {
}
