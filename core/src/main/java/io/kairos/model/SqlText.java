package io.kairos.model;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * The small SQL chores of the model stages: SQL text for the queries that cannot take parameters
 * (Arrow reads, date lists), and single-number queries.
 */
final class SqlText {

    private SqlText() {
    }

    /** The single number {@code sql} returns, its ? bound to {@code parameters} in order. */
    static long count(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    static String date(LocalDate date) {
        return "DATE '" + date + "'";
    }

    /** {@code DATE '…', DATE '…'}, for an IN list. */
    static String dates(Collection<LocalDate> dates) {
        return dates.stream().map(SqlText::date).collect(Collectors.joining(", "));
    }
}
