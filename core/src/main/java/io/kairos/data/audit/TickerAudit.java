package io.kairos.data.audit;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One stored ticker: its span and what the audit found in it.
 *
 * @param missingSessions sessions with no row between its first and last date
 * @param findingCounts   findings per check, only the checks that found something
 */
public record TickerAudit(String ticker, LocalDate firstDate, LocalDate lastDate, long rows, long missingSessions,
        Map<AuditCheck, Long> findingCounts) {

    /** One entry per stored ticker, in ticker order. */
    static List<TickerAudit> of(List<TickerSpan> spans, List<AuditFinding> findings) {
        Map<String, Map<AuditCheck, Long>> counts = new HashMap<>();
        Map<String, Long> missing = new HashMap<>();
        for (AuditFinding finding : findings) {
            if (finding.ticker() != null) {
                counts.computeIfAbsent(finding.ticker(), ticker -> new EnumMap<>(AuditCheck.class))
                        .merge(finding.check(), 1L, Long::sum);
                if (finding.check() == AuditCheck.CALENDAR_GAPS) {
                    missing.merge(finding.ticker(), finding.count(), Long::sum);
                }
            }
        }
        return spans.stream()
                .map(span -> new TickerAudit(span.ticker(), span.firstDate(), span.lastDate(), span.rows(),
                        missing.getOrDefault(span.ticker(), 0L),
                        Collections.unmodifiableMap(counts.getOrDefault(span.ticker(), new EnumMap<>(AuditCheck.class)))))
                .toList();
    }
}
