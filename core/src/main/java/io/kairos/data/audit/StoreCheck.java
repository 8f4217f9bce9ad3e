package io.kairos.data.audit;

/** One check of the audit: reads the store (and the audit's work tables) and reports what it finds. */
interface StoreCheck {

    void run(Sql sql, Findings findings);
}
