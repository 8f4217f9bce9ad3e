package io.kairos.data.audit;

import io.kairos.KairosException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The audit's access to the store: runs a statement or a query and turns driver errors into audit failures. */
final class Sql {

    /** Reads one result row into a value. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(Row row) throws SQLException;
    }

    /** Does something with one result row. */
    @FunctionalInterface
    interface RowAction {
        void accept(Row row) throws SQLException;
    }

    /** One result row, with the nullable reads the checks need. */
    static final class Row {

        private final ResultSet result;

        private Row(ResultSet result) {
            this.result = result;
        }

        String text(String column) throws SQLException {
            return result.getString(column);
        }

        LocalDate date(String column) throws SQLException {
            return result.getObject(column, LocalDate.class);
        }

        long whole(String column) throws SQLException {
            return result.getLong(column);
        }

        /** The column's value, or null when it is NULL. */
        Double number(String column) throws SQLException {
            double value = result.getDouble(column);
            return result.wasNull() ? null : value;
        }
    }

    private final Connection connection;

    Sql(Connection connection) {
        this.connection = connection;
    }

    Connection connection() {
        return connection;
    }

    void execute(String statement, Object... parameters) {
        try (PreparedStatement run = prepare(statement, parameters)) {
            run.execute();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    <T> List<T> query(String query, RowReader<T> reader, Object... parameters) {
        List<T> rows = new ArrayList<>();
        forEach(query, row -> rows.add(reader.read(row)), parameters);
        return rows;
    }

    void forEach(String query, RowAction action, Object... parameters) {
        try (PreparedStatement statement = prepare(query, parameters); ResultSet result = statement.executeQuery()) {
            Row row = new Row(result);
            while (result.next()) {
                action.accept(row);
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private PreparedStatement prepare(String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }

    static KairosException failure(SQLException e) {
        return KairosException.failure("The data audit could not read the store: " + e.getMessage(), e);
    }
}
