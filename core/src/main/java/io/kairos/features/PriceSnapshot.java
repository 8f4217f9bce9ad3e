package io.kairos.features;

import io.kairos.KairosException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

/**
 * The stored prices at the start of a run, from one scan: their first and last dates, the
 * fingerprint of all of them and of those dated on or before the last build, and where an
 * incremental run must start reading.
 *
 * @param builtThrough the fingerprint of the rows dated on or before the last build's last date;
 *                     null when there was no build
 * @param historyStart the earliest date an incremental run must read: every ticker with rows after
 *                     the last build has its last {@value TickerSeries#HISTORY} rows before them from
 *                     there on (all any feature of a new row depends on), and every ticker's rows are
 *                     read from there, so each date's market return is as in a full build; null when
 *                     there was no build
 */
record PriceSnapshot(LocalDate firstDate, LocalDate lastDate, PriceFingerprint all, PriceFingerprint builtThrough,
        LocalDate historyStart) {

    // DuckDB combines the hashes of several arguments linearly, so the same change to one column of
    // an even number of rows would cancel out in the XOR; hashing the combined hash again mixes it
    private static final String ROW_HASHES = "SELECT s.ticker, s.date, hash(hash(s.ticker, s.date, s.open, s.high, s.low,"
            + " s.close, s.volume, s.closeadj, t.sector)) AS h FROM sep_base s"
            + " LEFT JOIN (SELECT ticker, min(sector) AS sector FROM tickers GROUP BY ticker) t USING (ticker)";

    boolean empty() {
        return all.rows() == 0;
    }

    /** Scans the prices; {@code lastBuilt} is the last date of the previous build, or null. */
    static PriceSnapshot read(Connection reader, LocalDate lastBuilt) {
        String built = lastBuilt == null ? "FALSE" : "date <= " + Sql.date(lastBuilt);
        // max(date, n) lists a ticker's n latest dates: the smallest is where its history starts
        String perTicker = "SELECT min(date) AS first, max(date) AS last, count(*) AS n, bit_xor(h) AS x,"
                + " count(*) FILTER (WHERE " + built + ") AS n_built, bit_xor(h) FILTER (WHERE " + built + ") AS x_built,"
                + " list_min(max(date, " + TickerSeries.HISTORY + ") FILTER (WHERE " + built + ")) AS history"
                + " FROM (" + ROW_HASHES + ") GROUP BY ticker";
        String sql = "SELECT min(first), max(last), sum(n), coalesce(bit_xor(x), 0)::VARCHAR, sum(n_built),"
                + " coalesce(bit_xor(x_built), 0)::VARCHAR, min(history) FILTER (WHERE last > "
                + (lastBuilt == null ? "NULL" : Sql.date(lastBuilt)) + ") FROM (" + perTicker + ")";
        try (Statement statement = reader.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            PriceFingerprint all = new PriceFingerprint(rows.getLong(3), rows.getString(4));
            if (lastBuilt == null) {
                return new PriceSnapshot(rows.getObject(1, LocalDate.class), rows.getObject(2, LocalDate.class), all, null, null);
            }
            LocalDate history = rows.getObject(7, LocalDate.class);
            // only new tickers: still read the last built date, so the first new date's market return has its previous day
            return new PriceSnapshot(rows.getObject(1, LocalDate.class), rows.getObject(2, LocalDate.class), all,
                    new PriceFingerprint(rows.getLong(5), rows.getString(6)), history == null ? lastBuilt : history);
        } catch (SQLException e) {
            throw KairosException.failure("Cannot read the stored prices: " + e.getMessage(), e);
        }
    }
}
