package io.kairos.features;

import io.kairos.KairosException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

/**
 * The stored prices at the start of a run, from one scan: their first and last dates, the
 * fingerprint of all of them, and the fingerprint of those dated on or before the last build.
 *
 * @param builtThrough the fingerprint of the rows dated on or before the last build's last date, or
 *                     null when there was no build
 */
record PriceSnapshot(LocalDate firstDate, LocalDate lastDate, PriceFingerprint all, PriceFingerprint builtThrough) {

    // DuckDB combines the hashes of several arguments linearly, so the same change to one column of
    // an even number of rows would cancel out in the XOR; hashing the combined hash again mixes it
    private static final String ROW_HASHES = "SELECT s.date, hash(hash(s.ticker, s.date, s.open, s.high, s.low, s.close,"
            + " s.volume, s.closeadj, t.sector)) AS h FROM sep_base s"
            + " LEFT JOIN (SELECT ticker, min(sector) AS sector FROM tickers GROUP BY ticker) t USING (ticker)";

    boolean empty() {
        return all.rows() == 0;
    }

    /** Scans the prices; {@code lastBuilt} is the last date of the previous build, or null. */
    static PriceSnapshot read(Connection reader, LocalDate lastBuilt) {
        String through = lastBuilt == null ? "FALSE" : "date <= " + Sql.date(lastBuilt);
        try (Statement statement = reader.createStatement();
                ResultSet rows = statement.executeQuery("SELECT min(date), max(date), count(*), coalesce(bit_xor(h), 0)::VARCHAR,"
                        + " count(*) FILTER (WHERE " + through + "), coalesce(bit_xor(h) FILTER (WHERE " + through
                        + "), 0)::VARCHAR FROM (" + ROW_HASHES + ")")) {
            rows.next();
            return new PriceSnapshot(rows.getObject(1, LocalDate.class), rows.getObject(2, LocalDate.class),
                    new PriceFingerprint(rows.getLong(3), rows.getString(4)),
                    lastBuilt == null ? null : new PriceFingerprint(rows.getLong(5), rows.getString(6)));
        } catch (SQLException e) {
            throw KairosException.failure("Cannot read the stored prices: " + e.getMessage(), e);
        }
    }
}
