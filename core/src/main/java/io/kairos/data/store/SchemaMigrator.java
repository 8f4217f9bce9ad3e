package io.kairos.data.store;

import io.kairos.KairosException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Creates the schema of a new store and upgrades an older one: every migration above the store's
 * recorded version runs, in order, each in its own transaction together with its version row.
 */
final class SchemaMigrator {

    /** Every migration the code knows, oldest first; append, never edit a released one. */
    static final List<Migration> ALL = List.of(
            new Migration(1, "price store: sep_base, tickers, sep_quarantine, load_log", "V1__price_store.sql"));

    private final List<Migration> migrations;

    SchemaMigrator(List<Migration> migrations) {
        this.migrations = List.copyOf(migrations);
    }

    /** Applies what is missing and returns the version the store is at afterwards. */
    int migrate(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS schema_version ("
                    + "version INTEGER PRIMARY KEY, description VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)");
        }
        int current = currentVersion(connection);
        int latest = migrations.isEmpty() ? 0 : migrations.get(migrations.size() - 1).version();
        if (current > latest) {
            throw KairosException.failure("The store is at schema version " + current
                    + " but this kairos knows versions up to " + latest + ": use a newer kairos with this store.");
        }
        for (Migration migration : migrations) {
            if (migration.version() > current) {
                apply(connection, migration);
                current = migration.version();
            }
        }
        return current;
    }

    static int currentVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static void apply(Connection connection, Migration migration) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute(script(migration));
            statement.execute("INSERT INTO schema_version VALUES (" + migration.version() + ", '"
                    + migration.description().replace("'", "''") + "', now())");
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static String script(Migration migration) {
        try (InputStream in = SchemaMigrator.class.getResourceAsStream(migration.resource())) {
            if (in == null) {
                throw new IllegalStateException("migration script missing from the build: " + migration.resource());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + migration.resource(), e);
        }
    }
}
