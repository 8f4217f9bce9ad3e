package io.kairos.data.audit;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * One thing the audit found.
 *
 * @param ticker the ticker, or null for a finding about the whole store
 * @param from   the first date concerned (null only when the store holds no prices)
 * @param to     the last date concerned; equal to {@code from} for a single day
 * @param count  how much the finding covers: missing sessions of a gap, rows sharing one ticker and date,
 *               days of a zero-volume run, sessions behind for staleness, 1 for a single row
 * @param detail what was seen, with the values, for a person to read
 */
public record AuditFinding(AuditCheck check, Severity severity, String ticker, LocalDate from, LocalDate to, long count,
        String detail) {

    /** The order of audit.json: by check, then ticker (store-wide first), dates and detail. */
    static final Comparator<AuditFinding> ORDER = Comparator.comparing(AuditFinding::check)
            .thenComparing(AuditFinding::ticker, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(AuditFinding::from, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(AuditFinding::to, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(AuditFinding::detail);
}
