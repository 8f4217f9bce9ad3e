package io.kairos.data.audit;

/**
 * Sessions with no row between a ticker's first and last stored date. Consecutive missing sessions are one
 * finding, from the first to the last missing session; holidays and weekends are not sessions, so they are
 * never gaps.
 */
final class CalendarGapCheck implements StoreCheck {

    @Override
    public void run(Sql sql, Findings findings) {
        sql.forEach("""
                SELECT c.ticker, gap_start.session AS first_missing, gap_end.session AS last_missing,
                    c.next_session_idx - c.session_idx - 1 AS missing
                FROM audit_candidates c
                JOIN audit_sessions gap_start ON gap_start.idx = c.session_idx + 1
                JOIN audit_sessions gap_end ON gap_end.idx = c.next_session_idx - 1
                WHERE c.next_session_idx > c.session_idx + 1""", row -> {
            long missing = row.whole("missing");
            findings.add(AuditCheck.CALENDAR_GAPS, row.text("ticker"), row.date("first_missing"),
                    row.date("last_missing"), missing, DetailFormat.count(missing, "session") + " with no row");
        });
    }
}
