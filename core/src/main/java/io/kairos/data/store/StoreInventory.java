package io.kairos.data.store;

import io.kairos.KairosException;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What a store holds, for {@code kairos db info}: its tables, their rows and date ranges. */
public final class StoreInventory {

    /** One table; the dates are null when it has no {@code date} column or no rows. */
    public record Table(String name, long rows, LocalDate firstDate, LocalDate lastDate) {
    }

    /** The whole store. */
    public record Summary(String file, long bytes, int schemaVersion, List<Table> tables) {
    }

    private StoreInventory() {
    }

    public static Summary describe(PriceStore store) {
        try (Statement statement = store.connection().createStatement()) {
            List<String[]> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("""
                    SELECT t.table_name, bool_or(c.column_name = 'date' AND c.data_type = 'DATE')
                    FROM information_schema.tables t JOIN information_schema.columns c USING (table_schema, table_name)
                    WHERE t.table_schema = 'main' AND t.table_type = 'BASE TABLE'
                    GROUP BY t.table_name ORDER BY t.table_name""")) {
                while (rows.next()) {
                    tables.add(new String[] {rows.getString(1), String.valueOf(rows.getBoolean(2))});
                }
            }
            List<Table> described = new ArrayList<>();
            for (String[] table : tables) {
                boolean dated = Boolean.parseBoolean(table[1]);
                String sql = "SELECT count(*), " + (dated ? "min(date), max(date)" : "NULL::DATE, NULL::DATE")
                        + " FROM \"" + table[0] + "\"";
                try (ResultSet rows = statement.executeQuery(sql)) {
                    rows.next();
                    described.add(new Table(table[0], rows.getLong(1), rows.getObject(2, LocalDate.class),
                            rows.getObject(3, LocalDate.class)));
                }
            }
            return new Summary(store.file().toString(), Files.size(store.file()), store.schemaVersion(), described);
        } catch (SQLException | IOException e) {
            throw KairosException.failure("Cannot describe the store " + store.file() + ": " + e.getMessage(), e);
        }
    }
}
