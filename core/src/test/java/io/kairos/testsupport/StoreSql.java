package io.kairos.testsupport;

import io.kairos.data.store.PriceStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads query results from a store as plain values, for assertions. */
public final class StoreSql {

    private StoreSql() {
    }

    public static double number(PriceStore store, String sql) {
        Object value = rows(store, sql).get(0).get(0);
        if (value == null) {
            throw new AssertionError("NULL from " + sql);
        }
        return ((Number) value).doubleValue();
    }

    public static long count(PriceStore store, String sql) {
        return (long) number(store, sql);
    }

    public static List<Object> column(PriceStore store, String sql) {
        return rows(store, sql).stream().map(row -> row.get(0)).toList();
    }

    public static void execute(PriceStore store, String sql) {
        try (Statement statement = store.connection().createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new AssertionError(sql, e);
        }
    }

    public static List<List<Object>> rows(PriceStore store, String sql) {
        try (Statement statement = store.connection().createStatement(); ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            List<List<Object>> rows = new ArrayList<>();
            while (result.next()) {
                List<Object> row = new ArrayList<>(columns);
                for (int i = 1; i <= columns; i++) {
                    row.add(result.getObject(i));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new AssertionError(sql, e);
        }
    }

    public static Object value(PriceStore store, String sql) {
        return rows(store, sql).get(0).get(0);
    }
}
