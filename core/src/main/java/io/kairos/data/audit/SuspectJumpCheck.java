package io.kairos.data.audit;

/**
 * A one-day close-to-close move beyond the jump ratio that starts a new level: the kind an unadjusted split,
 * spin-off or share dividend leaves in split-adjusted prices. "New level" means the move is no bad print: the
 * next close is nearer the new close than the old one, and the close before the old one is nearer the old
 * close than the new one (so the day after a bad print, which returns to the old level, is no jump either).
 * Distances are in log terms so that a halving and a doubling weigh the same. On the last stored row the next
 * close is unknown and the jump is reported unconfirmed.
 */
final class SuspectJumpCheck implements StoreCheck {

    private final double jumpRatio;

    SuspectJumpCheck(double jumpRatio) {
        this.jumpRatio = jumpRatio;
    }

    @Override
    public void run(Sql sql, Findings findings) {
        sql.forEach("""
                SELECT ticker, date, prev_close, close, next_close FROM audit_candidates
                WHERE date <> prev_date AND prev_close > 0 AND close > 0
                    AND (close / prev_close < ? OR close / prev_close > 1 / ?)
                    AND (next_close IS NULL
                        OR (next_close > 0 AND abs(ln(next_close / close)) < abs(ln(next_close / prev_close))))
                    AND (close_before_prev IS NULL
                        OR (close_before_prev > 0
                            AND abs(ln(close_before_prev / prev_close)) < abs(ln(close_before_prev / close))))""",
                row -> {
                    double previous = row.number("prev_close");
                    double close = row.number("close");
                    double ratio = close / previous;
                    String detail = "close " + DetailFormat.price(previous) + " -> " + DetailFormat.price(close) + " ("
                            + DetailFormat.ratio(ratio) + "): " + label(ratio)
                            + (row.number("next_close") == null ? "; last stored row, not yet confirmed" : "");
                    findings.addRow(AuditCheck.SUSPECT_JUMPS, row.text("ticker"), row.date("date"), detail);
                }, jumpRatio, jumpRatio);
    }

    private static String label(double ratio) {
        return SplitRatio.matching(ratio)
                .map(split -> "possible unadjusted " + split)
                .orElse(ratio < 1 ? "possible spin-off or unadjusted corporate action"
                        : "possible unadjusted corporate action");
    }
}
