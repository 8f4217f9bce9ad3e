package io.kairos.data.audit;

import java.sql.SQLException;
import java.time.LocalDate;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The temporary tables the checks read, built with one sorted pass over {@code sep_base} so the audit stays
 * fast on tens of millions of rows. Temporary tables work on a read-only store too, and are dropped on close.
 *
 * <ul>
 *   <li>{@code audit_sessions(idx, session)}: the NYSE sessions of the audited span, numbered from 1;</li>
 *   <li>{@code audit_candidates}: the few rows that any sequence check may flag, each with its neighbours. Per
 *       ticker in date order: {@code prev_date}, {@code close_before_prev}, {@code prev_close},
 *       {@code next_close}, the session indexes of the row and of the next stored session row
 *       ({@code session_idx}, {@code next_session_idx}; null for a date that is not a session) and the row's
 *       position {@code row_in_ticker}.</li>
 * </ul>
 */
final class AuditWorkTables implements AutoCloseable {

    private final Sql sql;

    private AuditWorkTables(Sql sql) {
        this.sql = sql;
    }

    static AuditWorkTables create(Sql sql, SessionIndex sessions, AuditSettings settings) {
        AuditWorkTables tables = new AuditWorkTables(sql);
        try {
            tables.createSessions(sessions);
            tables.createCandidates(settings);
            return tables;
        } catch (RuntimeException e) {
            try {
                tables.close();
            } catch (RuntimeException dropFailed) {
                e.addSuppressed(dropFailed);
            }
            throw e;
        }
    }

    private void createSessions(SessionIndex sessions) {
        sql.execute("CREATE OR REPLACE TEMP TABLE audit_sessions (idx INTEGER, session DATE)");
        try (DuckDBAppender rows = sql.connection().unwrap(DuckDBConnection.class)
                .createAppender("temp", "main", "audit_sessions")) {
            int idx = 1;
            for (LocalDate session : sessions.sessions()) {
                rows.beginRow().append(idx++).appendEpochDays((int) session.toEpochDay()).endRow();
            }
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
    }

    /**
     * A row is a candidate when it repeats the previous row's date (duplicate), has zero volume, is followed by a
     * gap of sessions, or moves from the previous close far enough for a jump or a bad print. Rows of one ticker
     * and date are ordered by close and volume so that the result never depends on storage order.
     */
    private void createCandidates(AuditSettings settings) {
        double lower = Math.max(settings.jumpRatio(), 1 / settings.badPrintRatio());
        double upper = Math.min(1 / settings.jumpRatio(), settings.badPrintRatio());
        sql.execute("""
                CREATE OR REPLACE TEMP TABLE audit_candidates AS
                WITH series AS (
                    SELECT p.ticker, p.date, p.close, p.volume, s.idx AS session_idx,
                        lag(p.date) OVER w AS prev_date,
                        lag(p.close, 2) OVER w AS close_before_prev,
                        lag(p.close) OVER w AS prev_close,
                        lead(p.close) OVER w AS next_close,
                        lead(s.idx IGNORE NULLS) OVER w AS next_session_idx,
                        row_number() OVER w AS row_in_ticker
                    FROM sep_base p LEFT JOIN audit_sessions s ON s.session = p.date
                    WINDOW w AS (PARTITION BY p.ticker ORDER BY p.date, p.close, p.volume))
                SELECT * FROM series
                WHERE date = prev_date OR volume = 0 OR next_session_idx > session_idx + 1
                    OR (prev_close > 0 AND (close / prev_close < ? OR close / prev_close > ?))""", lower, upper);
    }

    @Override
    public void close() {
        // qualified, so that a store table of the same name is never touched
        sql.execute("DROP TABLE IF EXISTS temp.main.audit_candidates");
        sql.execute("DROP TABLE IF EXISTS temp.main.audit_sessions");
    }
}
