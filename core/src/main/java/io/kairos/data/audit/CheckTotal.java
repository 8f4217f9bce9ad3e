package io.kairos.data.audit;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one check found over the whole store.
 *
 * @param findings how many findings
 * @param tickers  how many distinct tickers they concern
 * @param count    the sum of the findings' counts (missing sessions, zero-volume days, ...)
 */
public record CheckTotal(long findings, long tickers, long count) {

    /** A total for every check, zero where nothing was found, in check order. */
    static Map<AuditCheck, CheckTotal> of(List<AuditFinding> findings) {
        Map<AuditCheck, CheckTotal> totals = new EnumMap<>(AuditCheck.class);
        for (AuditCheck check : AuditCheck.values()) {
            List<AuditFinding> found = findings.stream().filter(finding -> finding.check() == check).toList();
            totals.put(check, new CheckTotal(found.size(),
                    found.stream().map(AuditFinding::ticker).filter(Objects::nonNull).distinct().count(),
                    found.stream().mapToLong(AuditFinding::count).sum()));
        }
        return Collections.unmodifiableMap(totals);
    }
}
