package io.kairos.data.store;

import io.kairos.KairosException;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/** Runs one SQL statement against the store and streams its rows, for {@code kairos db query}. */
public final class StoreQuery {

    private StoreQuery() {
    }

    /** Streams the result of {@code sql} into {@code sink}; returns the number of rows. */
    public static long run(PriceStore store, String sql, RowSink sink) {
        try (Statement statement = store.connection().createStatement()) {
            if (!statement.execute(sql)) {
                sink.columns(List.of("rows_changed"));
                sink.row(List.of((long) statement.getUpdateCount()));
                return 1;
            }
            try (ResultSet rows = statement.getResultSet()) {
                ResultSetMetaData meta = rows.getMetaData();
                List<String> names = new ArrayList<>();
                for (int column = 1; column <= meta.getColumnCount(); column++) {
                    names.add(meta.getColumnLabel(column));
                }
                sink.columns(names);
                long count = 0;
                while (rows.next()) {
                    List<Object> values = new ArrayList<>(names.size());
                    for (int column = 1; column <= names.size(); column++) {
                        values.add(plain(rows.getObject(column)));
                    }
                    sink.row(values);
                    count++;
                }
                return count;
            }
        } catch (SQLException e) {
            throw KairosException.usage("The query failed: " + firstLine(e.getMessage()));
        }
    }

    /** JDBC's date types as java.time, everything else as the driver gives it. */
    private static Object plain(Object value) {
        if (value instanceof Date date) {
            return date.toLocalDate();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime();
        }
        return value;
    }

    private static String firstLine(String message) {
        String text = message == null ? "" : message.strip();
        return text.replaceAll("\\s*\\n\\s*", " ");
    }
}
