package io.kairos.model;

import io.kairos.calendar.NyseCalendar;
import io.kairos.data.store.PriceStore;
import io.kairos.data.store.StoreSettings;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

/**
 * A store holding feat_matrix, feature_catalog and labels exactly as docs/RESEARCH.md describes them,
 * filled by SQL with a planted signal: the forward return of each row is {@code strength} times its
 * {@code signal} feature plus noise, so a model can find it. Values come from hashes of (ticker, date),
 * not from a random generator, so every build of the store is the same.
 */
final class ResearchTables {

    static final LocalDate LAST = LocalDate.of(2026, 11, 20);
    static final List<String> FEATURES = List.of("signal", "noise", "sparse");

    private ResearchTables() {
    }

    /** {@code tickers} names over the NYSE sessions from {@code first} to {@link #LAST}, labels of a 20-session horizon. */
    static PriceStore create(Path file, int tickers, LocalDate first, double strength) throws Exception {
        PriceStore store = PriceStore.open(file, PriceStore.Access.READ_WRITE, StoreSettings.DEFAULTS);
        try (Statement sql = store.connection().createStatement()) {
            List<LocalDate> sessions = NyseCalendar.create().sessions(first, LAST);
            sql.execute("CREATE TEMP TABLE fixture_sessions (date DATE, i INTEGER)");
            StringBuilder rows = new StringBuilder();
            for (int i = 0; i < sessions.size(); i++) {
                rows.append(i == 0 ? "" : ", ").append("(DATE '").append(sessions.get(i)).append("', ").append(i).append(')');
            }
            sql.execute("INSERT INTO fixture_sessions VALUES " + rows);
            sql.execute("CREATE TABLE feature_catalog (position INTEGER, name VARCHAR, family VARCHAR, window_sessions INTEGER,"
                    + " definition VARCHAR)");
            sql.execute("INSERT INTO feature_catalog VALUES"
                    + " (1, 'signal', 'planted', 1, 'uniform in [-0.5, 0.5); forward returns follow it'),"
                    + " (2, 'noise', 'planted', 1, 'uniform in [-0.5, 0.5), unrelated to returns'),"
                    + " (3, 'sparse', 'planted', 1, 'uniform in [0, 1), NULL on a third of the rows, infinite on a few')");
            sql.execute("CREATE TABLE feat_matrix AS SELECT ticker, date, u1 - 0.5 AS signal, u2 - 0.5 AS noise,"
                    + " CASE WHEN u3 < 0.33 THEN NULL WHEN u3 > 0.98 THEN 'infinity'::DOUBLE ELSE u3 END AS sparse"
                    + " FROM (SELECT ticker, date," + uniform("", 1) + " AS u1," + uniform("", 2) + " AS u2," + uniform("", 3) + " AS u3"
                    + "   FROM (SELECT 'T' || lpad(range::VARCHAR, 3, '0') AS ticker FROM range(" + tickers + ")), fixture_sessions)"
                    + " ORDER BY ticker, date");
            sql.execute("CREATE TABLE labels AS"
                    + " WITH returns AS (SELECT f.ticker, f.date, 20 AS horizon, exit.date AS exit_date,"
                    + "   " + strength + " * f.signal + 0.02 * (" + uniform("f.", 4)
                    + " - 0.5) AS fwd_ret"
                    + "   FROM feat_matrix f JOIN fixture_sessions entry ON entry.date = f.date"
                    + "   JOIN fixture_sessions exit ON exit.i = entry.i + 20),"
                    + " excess AS (SELECT *, fwd_ret - median(fwd_ret) OVER (PARTITION BY date) AS excess_ret FROM returns)"
                    + " SELECT ticker, date, horizon, exit_date, fwd_ret, excess_ret, CASE WHEN excess_ret > 0 THEN 1 ELSE 0 END AS label,"
                    + "   0 AS tb_label, exit_date AS tb_hit_date, 0 AS delisted FROM excess ORDER BY ticker, date");
            sql.execute("DROP TABLE fixture_sessions");
        } catch (Exception e) {
            store.close();
            throw e;
        }
        return store;
    }

    /** A number in [0, 1) that depends only on the row's ticker and date (columns prefixed by {@code row}) and on {@code stream}. */
    private static String uniform(String row, int stream) {
        return " (hash(" + row + "ticker, " + row + "date, " + stream + ") % 1000003) / 1000003.0";
    }
}
