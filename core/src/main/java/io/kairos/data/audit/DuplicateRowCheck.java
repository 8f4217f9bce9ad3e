package io.kairos.data.audit;

/** More than one row for a ticker and date: every later stage would count that day twice. */
final class DuplicateRowCheck implements StoreCheck {

    @Override
    public void run(Sql sql, Findings findings) {
        // a candidate repeating the previous row's date is the second (third, ...) row of its key
        sql.forEach("""
                SELECT ticker, date, count(*) + 1 AS copies FROM audit_candidates
                WHERE date = prev_date GROUP BY ticker, date""", row -> {
            long copies = row.whole("copies");
            findings.add(AuditCheck.DUPLICATE_ROWS, row.text("ticker"), row.date("date"), row.date("date"), copies,
                    copies + " rows for this ticker and date");
        });
    }
}
