package io.kairos.data.audit;

/**
 * Consecutive stored rows with volume 0: a halted or suspended name, or a vendor filling days it had no
 * trades for. Each run is one finding from its first to its last row; NULL volume is a missing value, not 0.
 */
final class ZeroVolumeRunCheck implements StoreCheck {

    @Override
    public void run(Sql sql, Findings findings) {
        // rows of one run have consecutive positions, so position minus rank among zero rows is constant in a run
        sql.forEach("""
                SELECT ticker, min(date) AS run_start, max(date) AS run_end, count(*) AS days FROM (
                    SELECT ticker, date,
                        row_in_ticker - row_number() OVER (PARTITION BY ticker ORDER BY row_in_ticker) AS run
                    FROM audit_candidates WHERE volume = 0)
                GROUP BY ticker, run""", row -> {
            long days = row.whole("days");
            findings.add(AuditCheck.ZERO_VOLUME_RUNS, row.text("ticker"), row.date("run_start"), row.date("run_end"),
                    days, "volume 0 on " + DetailFormat.count(days, "row"));
        });
    }
}
