package io.kairos.data.audit;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The audit's thresholds and which checks block.
 *
 * @param jumpRatio     a close-to-close ratio below this, or above its inverse, is a suspect jump (0 &lt; r &lt; 1)
 * @param badPrintRatio a close this many times above (or below) both neighbours is a bad print (&gt; 1)
 * @param blocking      checks whose findings are {@link Severity#BLOCKING}; all others warn
 */
public record AuditSettings(double jumpRatio, double badPrintRatio, Set<AuditCheck> blocking) {

    /**
     * Jumps beyond x0.6 or x1/0.6 (a 3:2 split, x0.667, is not caught at this level); bad prints 20% beyond both
     * neighbours, which on the real S&amp;P 500 file flags five closes, all wrong bars, and no genuine move
     * (docs/DATA_AUDIT.md); duplicates, non-positive prices and a stale store block.
     */
    public static final AuditSettings DEFAULTS = new AuditSettings(0.6, 1.2,
            EnumSet.of(AuditCheck.DUPLICATE_ROWS, AuditCheck.NON_POSITIVE_PRICES, AuditCheck.STALE_DATA));

    public AuditSettings {
        if (!(jumpRatio > 0 && jumpRatio < 1)) {
            throw new IllegalArgumentException("jump ratio must be between 0 and 1 (e.g. 0.6), got " + jumpRatio);
        }
        if (!(badPrintRatio > 1)) {
            throw new IllegalArgumentException("bad-print ratio must be above 1 (e.g. 1.2), got " + badPrintRatio);
        }
        // an EnumSet keeps the checks in declaration order, so the settings print the same way every run
        EnumSet<AuditCheck> ordered = EnumSet.noneOf(AuditCheck.class);
        ordered.addAll(blocking);
        blocking = Collections.unmodifiableSet(ordered);
    }

    public Severity severityOf(AuditCheck check) {
        return blocking.contains(check) ? Severity.BLOCKING : Severity.WARNING;
    }
}
