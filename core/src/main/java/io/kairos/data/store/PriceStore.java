package io.kairos.data.store;

import io.kairos.KairosException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.Properties;

/**
 * The one DuckDB file that holds prices and everything later stages derive from them. Opening it
 * read-write creates or upgrades the schema; another process holding the file is reported with its
 * PID rather than as a driver stack trace.
 */
public final class PriceStore implements AutoCloseable {

    /** Whether this process may change the store; only one writer may hold the file at a time. */
    public enum Access { READ_WRITE, READ_ONLY }

    private final Path file;
    private final Connection connection;

    private PriceStore(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens (and for writers creates or upgrades) the store at {@code file}. */
    public static PriceStore open(Path file, Access access, StoreSettings settings) {
        return open(file, access, settings, SchemaMigrator.ALL);
    }

    static PriceStore open(Path file, Access access, StoreSettings settings, List<Migration> migrations) {
        Path absolute = file.toAbsolutePath().normalize();
        if (access == Access.READ_ONLY && !Files.isRegularFile(absolute)) {
            throw KairosException.failure("No store at " + absolute
                    + ": load prices first (kairos download --source ...) or point --db at an existing store.");
        }
        createParentFolder(absolute);
        Connection connection = connect(absolute, access, settings);
        try {
            if (access == Access.READ_WRITE) {
                new SchemaMigrator(migrations).migrate(connection);
            } else if (!hasSchema(connection)) {
                throw KairosException.failure("The file " + absolute + " is not a Kairos store (no schema_version table).");
            }
            return new PriceStore(absolute, connection);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw KairosException.failure("Cannot prepare the store " + absolute + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    private static Connection connect(Path file, Access access, StoreSettings settings) {
        Properties properties = new Properties();
        properties.setProperty("memory_limit", settings.memoryLimit());
        if (access == Access.READ_ONLY) {
            properties.setProperty("duckdb.read_only", "true");
        }
        try {
            return DriverManager.getConnection("jdbc:duckdb:" + file, properties);
        } catch (SQLException e) {
            if (StoreLockedException.isLockError(e.getMessage())) {
                throw StoreLockedException.from(file, e.getMessage());
            }
            throw KairosException.failure("Cannot open the store " + file + ": " + e.getMessage(), e);
        }
    }

    private static boolean hasSchema(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery(
                        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'")) {
            rows.next();
            return rows.getInt(1) == 1;
        }
    }

    private static void createParentFolder(Path file) {
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw KairosException.failure("Cannot create the folder for the store " + file + ": " + e.getMessage(), e);
        }
    }

    /** Starts a load from {@code source}; nothing is visible to readers until it commits. */
    public PriceLoad beginLoad(String source, String parameters) {
        return new PriceLoad(this, source, parameters);
    }

    /** The tickers the store knows (every ticker with prices has a row in {@code tickers}). */
    public Set<String> storedTickers() {
        Set<String> tickers = new HashSet<>();
        try (var statement = connection.createStatement(); var rows = statement.executeQuery("SELECT ticker FROM tickers")) {
            while (rows.next()) {
                tickers.add(rows.getString(1));
            }
            return tickers;
        } catch (SQLException e) {
            throw KairosException.failure("Cannot read the stored tickers of " + file + ": " + e.getMessage(), e);
        }
    }

    /** The latest date with prices in {@code sep_base}, empty when it holds none (or has no such table): how fresh it is. */
    public Optional<LocalDate> latestPriceDate() {
        try {
            if (!StoreTables.exists(connection, "sep_base")) {
                return Optional.empty();
            }
            try (var statement = connection.createStatement(); var rows = statement.executeQuery("SELECT max(date) FROM sep_base")) {
                rows.next();
                return Optional.ofNullable(rows.getObject(1, LocalDate.class));
            }
        } catch (SQLException e) {
            throw KairosException.failure("Cannot read the latest price date of " + file + ": " + e.getMessage(), e);
        }
    }

    /** The schema version recorded in the store. */
    public int schemaVersion() {
        try {
            return SchemaMigrator.currentVersion(connection);
        } catch (SQLException e) {
            throw KairosException.failure("Cannot read the schema version of " + file + ": " + e.getMessage(), e);
        }
    }

    /** The JDBC connection, for stages that read or write their own tables. */
    public Connection connection() {
        return connection;
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw KairosException.failure("Cannot close the store " + file + ": " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // the original error is the one worth reporting
        }
    }
}
