package io.kairos.data.audit;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A ticker that stopped before the store's latest date without being marked delisted: its feed broke, it
 * was renamed, or its delisting is not recorded. A ticker with no {@code tickers} row counts as listed.
 */
final class StaleTickerCheck implements StoreCheck {

    private final List<TickerSpan> spans;
    private final StoreSpan store;
    private final SessionIndex sessions;

    StaleTickerCheck(List<TickerSpan> spans, StoreSpan store, SessionIndex sessions) {
        this.spans = spans;
        this.store = store;
        this.sessions = sessions;
    }

    @Override
    public void run(Sql sql, Findings findings) {
        Set<String> delisted = new HashSet<>(sql.query("SELECT DISTINCT ticker FROM tickers WHERE isdelisted",
                row -> row.text("ticker")));
        for (TickerSpan span : spans) {
            LocalDate latest = store.lastDate();
            long behind = sessions.countAfter(span.lastDate(), latest);
            if (behind > 0 && !delisted.contains(span.ticker())) {
                findings.add(AuditCheck.STALE_TICKERS, span.ticker(), span.lastDate(), latest, behind,
                        "last row " + span.lastDate() + ", " + DetailFormat.count(behind, "session")
                                + " before the store's latest date " + latest + "; not marked delisted");
            }
        }
    }
}
