package io.kairos.features;

import io.kairos.KairosException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

/**
 * Where an incremental run starts reading: early enough that every ticker with new rows has its
 * last {@value TickerSeries#HISTORY} rows before them, which is all any feature of a new row depends on.
 * Every ticker's rows are read from there on, so the market return of each date in the windows is
 * the same as in a full build.
 */
final class HistoryStart {

    private HistoryStart() {
    }

    static LocalDate find(Connection reader, LocalDate lastBuilt) {
        String built = Sql.date(lastBuilt);
        // max(date, n) lists a ticker's n latest dates; the smallest of them is where its history starts
        String sql = "SELECT min(start) FROM (SELECT list_min(max(date, " + TickerSeries.HISTORY + ")) AS start"
                + " FROM sep_base WHERE date <= " + built
                + " AND ticker IN (SELECT DISTINCT ticker FROM sep_base WHERE date > " + built + ") GROUP BY ticker)";
        try (Statement statement = reader.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            LocalDate start = rows.getObject(1, LocalDate.class);
            // only new tickers: still read the last built date, so the first new date's market return has its previous day
            return start == null ? lastBuilt : start;
        } catch (SQLException e) {
            throw KairosException.failure("Cannot find where the price history for an incremental run starts: "
                    + e.getMessage(), e);
        }
    }
}
