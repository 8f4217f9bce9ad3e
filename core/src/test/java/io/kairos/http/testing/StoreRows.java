package io.kairos.http.testing;

import io.kairos.data.store.PriceStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads the store back as text rows, values joined by {@code |}, so tests compare with what a person writes down. */
public final class StoreRows {

    private StoreRows() {
    }

    public static List<String> rows(PriceStore store, String sql) {
        try (Statement statement = store.connection().createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            int columns = rows.getMetaData().getColumnCount();
            List<String> lines = new ArrayList<>();
            while (rows.next()) {
                List<String> values = new ArrayList<>();
                for (int column = 1; column <= columns; column++) {
                    values.add(String.valueOf(rows.getObject(column)));
                }
                lines.add(String.join("|", values));
            }
            return lines;
        } catch (SQLException e) {
            throw new AssertionError(sql, e);
        }
    }

    /** The single value a query returns, as text. */
    public static String value(PriceStore store, String sql) {
        List<String> lines = rows(store, sql);
        if (lines.size() != 1) {
            throw new AssertionError("expected one row from " + sql + ", got " + lines);
        }
        return lines.get(0);
    }
}
