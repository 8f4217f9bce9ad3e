package io.kairos.data.audit;

/**
 * An isolated bad close: beyond the bad-print ratio from both neighbouring closes, in the same direction,
 * while the neighbours agree with each other. The close is wrong, not the level: the next day returns to it.
 */
final class BadPrintCheck implements StoreCheck {

    /** Neighbours within 10% of each other count as one level; a bad print must stand out from it. */
    static final double NEIGHBOURS_AGREE = 0.10;

    private final double badPrintRatio;

    BadPrintCheck(double badPrintRatio) {
        this.badPrintRatio = badPrintRatio;
    }

    @Override
    public void run(Sql sql, Findings findings) {
        sql.forEach("""
                SELECT ticker, date, prev_close, close, next_close FROM audit_candidates
                WHERE date <> prev_date AND prev_close > 0 AND close > 0 AND next_close > 0
                    AND abs(next_close / prev_close - 1) <= ?
                    AND ((close / prev_close > ? AND close / next_close > ?)
                        OR (close / prev_close < 1 / ? AND close / next_close < 1 / ?))""", row -> {
            double previous = row.number("prev_close");
            double close = row.number("close");
            double next = row.number("next_close");
            findings.addRow(AuditCheck.BAD_PRINTS, row.text("ticker"), row.date("date"),
                    "close " + DetailFormat.price(close) + " between " + DetailFormat.price(previous) + " and "
                            + DetailFormat.price(next) + " (" + DetailFormat.ratio(close / previous) + ", "
                            + DetailFormat.ratio(close / next) + ")");
        }, NEIGHBOURS_AGREE, badPrintRatio, badPrintRatio, badPrintRatio, badPrintRatio);
    }
}
