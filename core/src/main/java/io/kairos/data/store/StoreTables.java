package io.kairos.data.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;

/** Questions every stage asks of the store's tables, which other stages create. */
public final class StoreTables {

    private StoreTables() {
    }

    /** Whether the store's main schema has a table of this name. */
    public static boolean exists(Connection connection, String table) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT count(*) FROM information_schema.tables WHERE table_name = ? AND table_schema = 'main'")) {
            statement.setString(1, table);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1) > 0;
            }
        }
    }

    /** {@code text} as an SQL string literal, for lists that cannot be parameters. */
    public static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /** {@code 'a', 'b', ...}: the values as an SQL list for {@code IN (...)}. */
    public static String literals(Collection<String> values) {
        return String.join(", ", values.stream().map(StoreTables::literal).toList());
    }

    /** {@code name} as a quoted SQL identifier, for column names that come from a table or the configuration. */
    public static String identifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
