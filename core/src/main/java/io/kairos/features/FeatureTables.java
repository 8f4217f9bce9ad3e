package io.kairos.features;

import io.kairos.data.store.StoreTables;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The tables this package owns: {@code feat_matrix}, {@code feature_catalog} and {@code feature_builds} (docs/RESEARCH.md). */
final class FeatureTables {

    static final String MATRIX = "feat_matrix";
    static final String CATALOG = "feature_catalog";
    static final String BUILDS = "feature_builds";

    private FeatureTables() {
    }

    /** What the latest build left: features through {@code lastDate}, from prices with this fingerprint. */
    record LastBuild(LocalDate lastDate, PriceFingerprint prices) {
    }

    /** One row of {@code feature_builds}. */
    record BuildRecord(Instant builtAt, String mode, LocalDate firstDate, LocalDate lastDate, long rows,
            double seconds, PriceFingerprint prices) {
    }

    /** Drops and recreates {@code feat_matrix}, rewrites the catalog, and creates the build log if missing. */
    static void recreate(Connection connection) throws SQLException {
        StringBuilder matrix = new StringBuilder("CREATE TABLE " + MATRIX + " (ticker VARCHAR NOT NULL, date DATE NOT NULL");
        for (Feature feature : Feature.values()) {
            matrix.append(", ").append(feature.column()).append(" DOUBLE");
        }
        matrix.append(')');
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS " + MATRIX);
            statement.execute(matrix.toString());
            statement.execute("CREATE OR REPLACE TABLE " + CATALOG + " (position INTEGER NOT NULL, name VARCHAR NOT NULL,"
                    + " family VARCHAR NOT NULL, window_sessions INTEGER NOT NULL, definition VARCHAR NOT NULL)");
            statement.execute("CREATE TABLE IF NOT EXISTS " + BUILDS + " (build INTEGER NOT NULL, built_at TIMESTAMP NOT NULL,"
                    + " mode VARCHAR NOT NULL,"
                    + " first_date DATE NOT NULL, last_date DATE NOT NULL, rows BIGINT NOT NULL, features INTEGER NOT NULL,"
                    + " seconds DOUBLE NOT NULL, price_rows BIGINT NOT NULL, price_fingerprint VARCHAR NOT NULL)");
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + CATALOG + " VALUES (?, ?, ?, ?, ?)")) {
            for (Feature feature : Feature.values()) {
                insert.setInt(1, feature.ordinal() + 1);
                insert.setString(2, feature.column());
                insert.setString(3, feature.family().label());
                insert.setInt(4, feature.window());
                insert.setString(5, feature.definition());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The latest build, if {@code feat_matrix} and a build record exist. */
    static Optional<LastBuild> lastBuild(Connection connection) throws SQLException {
        if (!StoreTables.exists(connection, MATRIX) || !StoreTables.exists(connection, BUILDS)) {
            return Optional.empty();
        }
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT last_date, price_rows, price_fingerprint FROM " + BUILDS
                        + " ORDER BY build DESC LIMIT 1")) {
            if (!rows.next()) {
                return Optional.empty();
            }
            return Optional.of(new LastBuild(rows.getObject(1, LocalDate.class),
                    new PriceFingerprint(rows.getLong(2), rows.getString(3))));
        }
    }

    /** The feature columns {@code feat_matrix} has, in order. */
    static List<String> matrixFeatures(Connection connection) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT column_name FROM information_schema.columns"
                        + " WHERE table_name = '" + MATRIX + "' AND table_schema = 'main'"
                        + " AND column_name NOT IN ('ticker', 'date') ORDER BY ordinal_position")) {
            while (rows.next()) {
                columns.add(rows.getString(1));
            }
        }
        return columns;
    }

    /** Appends {@code build} to the build log, numbered one above the latest. */
    static void record(Connection connection, BuildRecord build) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + BUILDS
                + " SELECT coalesce(max(build), 0) + 1, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM " + BUILDS)) {
            insert.setTimestamp(1, Timestamp.from(build.builtAt()));
            insert.setString(2, build.mode());
            insert.setObject(3, build.firstDate());
            insert.setObject(4, build.lastDate());
            insert.setLong(5, build.rows());
            insert.setInt(6, Feature.values().length);
            insert.setDouble(7, build.seconds());
            insert.setLong(8, build.prices().rows());
            insert.setString(9, build.prices().hash());
            insert.executeUpdate();
        }
    }
}
