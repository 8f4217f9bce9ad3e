package io.kairos.execution.sim;

import io.kairos.KairosException;
import io.kairos.execution.fill.Bar;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;

/** What the simulated broker reads of {@code sep_base} and {@code tickers}: bars, closes, and the history behind the impact. */
final class SimPrices {

    /** Sessions of history behind the daily volatility and the average daily dollar volume. */
    static final int HISTORY_SESSIONS = 20;

    /** The daily volatility and the average daily dollar volume known before a session. */
    record History(double dailyVolatility, double adv) {
    }

    private final Connection connection;

    SimPrices(Connection connection) {
        this.connection = connection;
    }

    /**
     * The symbol's bar on the session, or empty when the store has no row for it. A row without open, high, low or
     * volume counts as a day without volume at its close: nothing fills on it, and the order waits.
     */
    Optional<Bar> bar(String symbol, LocalDate session) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT open, high, low, close, volume FROM sep_base WHERE ticker = ? AND date = ?")) {
            statement.setString(1, symbol);
            statement.setObject(2, session);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                double close = rows.getDouble(4);
                if (rows.getObject(1) == null || rows.getObject(2) == null || rows.getObject(3) == null || rows.getObject(5) == null) {
                    return Optional.of(new Bar(close, close, close, close, 0));
                }
                try {
                    return Optional.of(new Bar(rows.getDouble(1), rows.getDouble(2), rows.getDouble(3), close, rows.getDouble(5)));
                } catch (IllegalArgumentException e) {
                    throw KairosException.failure("sep_base has a bad row for " + symbol + " on " + session + ": " + e.getMessage()
                            + "; run kairos data-audit and reload it", e);
                }
            }
        }
    }

    /** The symbol's latest close on or before the date, or empty when it has none. */
    Optional<Double> close(String symbol, LocalDate onOrBefore) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT close FROM sep_base WHERE ticker = ? AND date <= ? ORDER BY date DESC LIMIT 1")) {
            statement.setString(1, symbol);
            statement.setObject(2, onOrBefore);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(rows.getDouble(1)) : Optional.empty();
            }
        }
    }

    /** The date of the symbol's latest row on or before the date, or empty when it has none. */
    Optional<LocalDate> lastDate(String symbol, LocalDate onOrBefore) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT max(date) FROM sep_base WHERE ticker = ? AND date <= ?")) {
            statement.setString(1, symbol);
            statement.setObject(2, onOrBefore);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return Optional.ofNullable(rows.getObject(1, LocalDate.class));
            }
        }
    }

    /** The exchange {@code tickers} gives the symbol, or empty. */
    Optional<String> exchange(String symbol) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT max(exchange) FROM tickers WHERE ticker = ?")) {
            statement.setString(1, symbol);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return Optional.ofNullable(rows.getString(1));
            }
        }
    }

    /**
     * Over the symbol's last {@value #HISTORY_SESSIONS} rows before the session: the sample standard deviation of
     * the daily log returns of {@code closeadj} (0 with fewer than two returns) and the mean of close * volume (the
     * session's own close * volume when there is no history).
     */
    History history(String symbol, LocalDate session, Bar bar) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("WITH recent AS (SELECT date, coalesce(closeadj, close) AS price,"
                + " close * volume AS dollars FROM sep_base WHERE ticker = ? AND date < ? ORDER BY date DESC LIMIT ?),"
                + " steps AS (SELECT ln(price / lag(price) OVER (ORDER BY date)) AS r, dollars,"
                + " row_number() OVER (ORDER BY date DESC) AS age FROM recent)"
                + " SELECT stddev_samp(r), avg(dollars) FILTER (WHERE age <= ?) FROM steps")) {
            statement.setString(1, symbol);
            statement.setObject(2, session);
            statement.setInt(3, HISTORY_SESSIONS + 1);
            statement.setInt(4, HISTORY_SESSIONS);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                double volatility = rows.getObject(1) == null ? 0 : rows.getDouble(1);
                double adv = rows.getObject(2) == null ? 0 : rows.getDouble(2);
                return new History(volatility, adv > 0 ? adv : bar.close() * bar.volume());
            }
        }
    }
}
