package io.kairos.data.sharadar;

import io.kairos.KairosException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What earlier downloads left in the store, for deciding whether this one can be incremental:
 * whether a load from this source was ever committed, and the newest {@code lastupdated} stored
 * per ticker. {@code sep_base} does not record which source wrote a row, so a store that mixes
 * sources reads their rows' {@code lastupdated} too.
 */
record StoredSep(boolean loadedBefore, Map<String, LocalDate> lastUpdatedByTicker) {

    static StoredSep read(Connection connection, String source) {
        try (PreparedStatement loads = connection.prepareStatement(
                "SELECT count(*) FROM load_log WHERE source = ? AND rows_inserted > 0");
                Statement statement = connection.createStatement()) {
            loads.setString(1, source);
            boolean loadedBefore;
            try (ResultSet rows = loads.executeQuery()) {
                rows.next();
                loadedBefore = rows.getLong(1) > 0;
            }
            Map<String, LocalDate> newest = new HashMap<>();
            if (loadedBefore) {
                try (ResultSet rows = statement.executeQuery(
                        "SELECT ticker, max(lastupdated) FROM sep_base WHERE lastupdated IS NOT NULL GROUP BY ticker")) {
                    while (rows.next()) {
                        newest.put(rows.getString(1), rows.getObject(2, LocalDate.class));
                    }
                }
            }
            return new StoredSep(loadedBefore, newest);
        } catch (SQLException e) {
            throw KairosException.failure("Cannot read what the store already holds from " + source + ": "
                    + e.getMessage(), e);
        }
    }

    /** The newest {@code lastupdated} among {@code tickers}, null when none of them is stored. */
    LocalDate newestOf(Collection<String> tickers) {
        return tickers.stream().map(lastUpdatedByTicker::get).filter(Objects::nonNull).max(LocalDate::compareTo).orElse(null);
    }

    /** The newest {@code lastupdated} in the store, null when it holds no prices. */
    LocalDate newest() {
        return newestOf(lastUpdatedByTicker.keySet());
    }

    boolean holds(String ticker) {
        return lastUpdatedByTicker.containsKey(ticker);
    }
}
