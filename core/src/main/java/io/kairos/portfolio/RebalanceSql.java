package io.kairos.portfolio;

import io.kairos.KairosException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** The rebalance's questions of the tables it reads: configured columns, single dates. */
final class RebalanceSql {

    private RebalanceSql() {
    }

    /** Refuses, naming the setting, when a configured column is not in the table. */
    static void requireColumns(Connection connection, String table, String volColumn, String advColumn) throws SQLException {
        Set<String> columns = new HashSet<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ?")) {
            statement.setString(1, table);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    columns.add(rows.getString(1));
                }
            }
        }
        if (!columns.contains(volColumn)) {
            throw KairosException.usage("portfolio.vol_column is " + volColumn + ", which is not a column of " + table
                    + ": name one of its volatility features (e.g. vol_blend) or run kairos features --rebuild");
        }
        if (!columns.contains(advColumn)) {
            throw KairosException.usage("portfolio.adv_column is " + advColumn + ", which is not a column of " + table
                    + ": name its dollar-volume feature (e.g. adv_20) or run kairos features --rebuild");
        }
    }

    /** The single date {@code sql} returns for the date parameter, or null. */
    static LocalDate date(Connection connection, String sql, LocalDate parameter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getObject(1, LocalDate.class);
            }
        }
    }
}
