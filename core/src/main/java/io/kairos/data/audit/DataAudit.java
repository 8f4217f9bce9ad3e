package io.kairos.data.audit;

import io.kairos.calendar.NyseCalendar;
import io.kairos.data.store.PriceStore;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code kairos data-audit}: checks the stored prices against the NYSE calendar and against themselves and
 * reports every finding, blocking or not (docs/DATA_AUDIT.md). Read-only: it works on a store opened
 * {@code READ_ONLY} and changes nothing but its own temporary tables. The heavy lifting is one sorted pass of
 * DuckDB window functions over {@code sep_base}; the checks then read the few candidate rows it keeps.
 */
public final class DataAudit {

    private final NyseCalendar calendar;
    private final AuditSettings settings;

    public DataAudit(NyseCalendar calendar, AuditSettings settings) {
        this.calendar = calendar;
        this.settings = settings;
    }

    /** Audits {@code store}; {@code asOf} is the session the data should reach (usually the last completed one). */
    public AuditReport run(PriceStore store, LocalDate asOf) {
        NyseCalendar.requireSupported(asOf);
        Sql sql = new Sql(store.connection());
        List<TickerSpan> tickerSpans = TickerSpan.readAll(sql);
        StoreSpan storeSpan = StoreSpan.of(tickerSpans);
        SessionIndex sessions = SessionIndex.covering(calendar, storeSpan, asOf);
        Findings findings = new Findings(settings);
        AuditWorkTables workTables = AuditWorkTables.create(sql, sessions, settings);
        try {
            for (StoreCheck check : checks(tickerSpans, storeSpan, sessions, asOf)) {
                check.run(sql, findings);
            }
        } finally {
            workTables.close();
        }
        List<AuditFinding> sorted = findings.sorted();
        return new AuditReport(asOf, settings, storeSpan, CheckTotal.of(sorted), TickerAudit.of(tickerSpans, sorted), sorted,
                QuarantineSummary.read(sql));
    }

    private List<StoreCheck> checks(List<TickerSpan> tickerSpans, StoreSpan storeSpan, SessionIndex sessions,
            LocalDate asOf) {
        return List.of(
                new CalendarGapCheck(),
                new DuplicateRowCheck(),
                ColumnValueCheck.nonPositivePrices(),
                ColumnValueCheck.missingValues(),
                new OhlcConsistencyCheck(),
                new ZeroVolumeRunCheck(),
                new SuspectJumpCheck(settings.jumpRatio()),
                new BadPrintCheck(settings.badPrintRatio()),
                new StaleStoreCheck(storeSpan, sessions, asOf),
                new StaleTickerCheck(tickerSpans, storeSpan, sessions));
    }
}
