package io.kairos.model;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The small SQL chores of calibrate and model-status, which read tables that other stages create
 * and so must first ask whether they exist.
 */
final class CalibrationSql {

    private CalibrationSql() {
    }

    static boolean tableExists(Connection connection, String table) throws SQLException {
        return count(connection, "SELECT count(*) FROM information_schema.tables WHERE table_name = ?", table) > 0;
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

    /** {@code text} as an SQL string literal, for queries that cannot take parameters (Arrow reads). */
    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /** {@code name} as a quoted SQL identifier (feature names come from a table, not from code). */
    static String identifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
