package io.kairos.ops.audit;

/**
 * What {@link AuditVerifier} found.
 *
 * @param intactLines the lines that verified, all of them when the chain is intact
 * @param lastHash    the SHA-256 of the last intact line (the next line's {@code prev}); 64 zeros for none
 * @param broken      the first break, or null when the chain is intact
 */
public record AuditVerification(long intactLines, String lastHash, AuditBreak broken) {

    public boolean intact() {
        return broken == null;
    }
}
