package io.kairos.data.audit;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What {@code kairos data-audit} found: totals per check, one entry per stored ticker, every finding (sorted
 * by check, ticker and date, so the same store always gives the same report) and the quarantine summary.
 *
 * @param asOf     the session the data should reach
 * @param settings the thresholds and blocking checks the audit ran with
 * @param store    what the store holds
 * @param totals   per check, in check order, including checks that found nothing
 */
@JsonPropertyOrder({"asOf", "blocked", "settings", "store", "totals", "quarantine", "tickers", "findings"})
public record AuditReport(LocalDate asOf, AuditSettings settings, StoreSpan store, Map<AuditCheck, CheckTotal> totals,
        List<TickerAudit> tickers, List<AuditFinding> findings, QuarantineSummary quarantine) {

    public AuditReport {
        tickers = List.copyOf(tickers);
        findings = List.copyOf(findings);
    }

    /** True when any finding is blocking: the data must not be used until it is fixed (the CLI exits 3). */
    @JsonProperty("blocked")
    public boolean blocked() {
        return findings.stream().anyMatch(finding -> finding.severity() == Severity.BLOCKING);
    }

    /** The findings of one check, in report order. */
    public List<AuditFinding> findings(AuditCheck check) {
        return findings.stream().filter(finding -> finding.check() == check).toList();
    }
}
