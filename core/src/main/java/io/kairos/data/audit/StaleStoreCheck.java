package io.kairos.data.audit;

import java.time.LocalDate;

/** The store's latest date is older than the session the data should reach: the next run would use old prices. */
final class StaleStoreCheck implements StoreCheck {

    private final StoreSpan store;
    private final SessionIndex sessions;
    private final LocalDate asOf;

    StaleStoreCheck(StoreSpan store, SessionIndex sessions, LocalDate asOf) {
        this.store = store;
        this.sessions = sessions;
        this.asOf = asOf;
    }

    @Override
    public void run(Sql sql, Findings findings) {
        if (store.isEmpty()) {
            findings.add(AuditCheck.STALE_DATA, null, null, asOf, 0, "the store holds no prices");
            return;
        }
        long behind = sessions.countAfter(store.lastDate(), asOf);
        if (behind > 0) {
            findings.add(AuditCheck.STALE_DATA, null, store.lastDate(), asOf, behind, "latest stored date "
                    + store.lastDate() + " is " + DetailFormat.count(behind, "session") + " behind " + asOf);
        }
    }
}
