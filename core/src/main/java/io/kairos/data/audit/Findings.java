package io.kairos.data.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Collects what the checks find, giving each finding its severity under the audit's settings. */
final class Findings {

    private final AuditSettings settings;
    private final List<AuditFinding> found = new ArrayList<>();

    Findings(AuditSettings settings) {
        this.settings = settings;
    }

    void add(AuditCheck check, String ticker, LocalDate from, LocalDate to, long count, String detail) {
        found.add(new AuditFinding(check, settings.severityOf(check), ticker, from, to, count, detail));
    }

    /** A finding about one row. */
    void addRow(AuditCheck check, String ticker, LocalDate date, String detail) {
        add(check, ticker, date, date, 1, detail);
    }

    List<AuditFinding> sorted() {
        return found.stream().sorted(AuditFinding.ORDER).toList();
    }
}
