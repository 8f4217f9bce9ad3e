package io.kairos.pipeline;

import io.kairos.KairosException;
import io.kairos.data.store.PriceStore;
import io.kairos.data.store.StoreSettings;
import io.kairos.data.store.StoreTables;
import io.kairos.ops.Digests;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * What a stage reads, summed up cheaply: for each store table its row count and the latest value of its date-like
 * columns ({@code date}, {@code lastupdated}, {@code created_at}, {@code as_of}); for each file its SHA-256; and the
 * stage's own command. A new day of prices, a rebuilt table, a retrained model or a changed picks file changes it.
 * A restatement that keeps every count and latest date the same does not: run the stage without --resume then.
 */
public final class InputFingerprint {

    private static final List<String> VERSION_COLUMNS = List.of("date", "lastupdated", "created_at", "as_of");

    private InputFingerprint() {
    }

    public static String of(Path store, List<String> tables, List<Path> files, List<String> command) {
        StringBuilder text = new StringBuilder(String.join(" ", command)).append('\n');
        if (Files.isRegularFile(store)) {
            try (PriceStore opened = PriceStore.open(store, PriceStore.Access.READ_ONLY, StoreSettings.DEFAULTS)) {
                for (String table : tables) {
                    text.append(table).append(' ').append(summary(opened.connection(), table)).append('\n');
                }
            }
        }
        for (Path file : files) {
            text.append(file).append(' ').append(digest(file)).append('\n');
        }
        return Digests.sha256Hex(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String summary(Connection connection, String table) {
        try {
            if (!StoreTables.exists(connection, table)) {
                return "missing";
            }
            StringBuilder select = new StringBuilder("SELECT count(*)");
            try (Statement statement = connection.createStatement();
                    ResultSet columns = statement.executeQuery("SELECT column_name FROM information_schema.columns WHERE table_name = "
                            + StoreTables.literal(table) + " ORDER BY ordinal_position")) {
                while (columns.next()) {
                    if (VERSION_COLUMNS.contains(columns.getString(1))) {
                        select.append(", max(").append(StoreTables.identifier(columns.getString(1))).append(")::VARCHAR");
                    }
                }
            }
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery(select + " FROM " + StoreTables.identifier(table))) {
                rows.next();
                StringBuilder summary = new StringBuilder();
                for (int column = 1; column <= rows.getMetaData().getColumnCount(); column++) {
                    summary.append(column == 1 ? "" : " ").append(rows.getString(column));
                }
                return summary.toString();
            }
        } catch (SQLException e) {
            throw KairosException.failure("Cannot read " + table + " for the pipeline's fingerprint: " + e.getMessage(), e);
        }
    }

    private static String digest(Path file) {
        try {
            return Files.isRegularFile(file) ? Digests.sha256Hex(Files.readAllBytes(file)) : "missing";
        } catch (IOException e) {
            throw KairosException.failure("Cannot read " + file + " for the pipeline's fingerprint: " + e.getMessage(), e);
        }
    }
}
