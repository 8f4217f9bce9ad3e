package io.kairos.model;

import io.kairos.KairosException;
import io.kairos.data.store.StoreTables;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What training reads from the store, checked before anything else: {@code feat_matrix} with its
 * {@code feature_catalog} (kairos features) and {@code labels} (kairos labels).
 */
final class TrainingSource {

    private final Connection connection;
    private final List<String> features;

    private TrainingSource(Connection connection, List<String> features) {
        this.connection = connection;
        this.features = List.copyOf(features);
    }

    /** Checks that the tables are there and reads the feature names, in catalog order. */
    static TrainingSource of(Connection connection) {
        try {
            if (!StoreTables.exists(connection, "feat_matrix") || !StoreTables.exists(connection, "feature_catalog")) {
                throw KairosException.failure("No feature matrix in the store: run kairos features first.");
            }
            if (!StoreTables.exists(connection, "labels")) {
                throw KairosException.failure("No labels in the store: run kairos labels first.");
            }
            return new TrainingSource(connection, catalogFeatures(connection));
        } catch (SQLException e) {
            throw KairosException.failure("Cannot read the feature catalog: " + e.getMessage(), e);
        }
    }

    /** The feature columns of feat_matrix, in the order of feature_catalog.position. */
    List<String> features() {
        return features;
    }

    /** The first date of the feature matrix. */
    LocalDate firstDate() {
        return date("SELECT min(date) FROM feat_matrix").orElseThrow(TrainingSource::emptyMatrix);
    }

    /** The last date of the feature matrix on or before {@code day}, or its last date when {@code day} is null. */
    LocalDate lastDate(LocalDate day) {
        if (day == null) {
            return date("SELECT max(date) FROM feat_matrix").orElseThrow(TrainingSource::emptyMatrix);
        }
        return date("SELECT max(date) FROM feat_matrix WHERE date <= " + SqlText.date(day)).orElseThrow(() ->
                KairosException.usage("No feature rows on or before " + day + ": the feature matrix starts on " + firstDate() + "."));
    }

    /** The forward-return horizon of the labels, in sessions (the largest if they mix). */
    int labelHorizon() {
        try (PreparedStatement statement = connection.prepareStatement("SELECT coalesce(max(horizon), 0) FROM labels");
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException e) {
            throw KairosException.failure("Cannot read the label horizon: " + e.getMessage(), e);
        }
    }

    private Optional<LocalDate> date(String sql) {
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            rows.next();
            return Optional.ofNullable(rows.getObject(1, LocalDate.class));
        } catch (SQLException e) {
            throw KairosException.failure("Cannot read the dates of the feature matrix: " + e.getMessage(), e);
        }
    }

    private static List<String> catalogFeatures(Connection connection) throws SQLException {
        Set<String> columns = new HashSet<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT column_name FROM information_schema.columns WHERE table_name = 'feat_matrix'");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                columns.add(rows.getString(1));
            }
        }
        List<String> features = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT name FROM feature_catalog ORDER BY position");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                String name = rows.getString(1);
                if (!columns.contains(name)) {
                    throw KairosException.failure("feature_catalog lists " + name + " but feat_matrix has no such column:"
                            + " rebuild the features with kairos features.");
                }
                features.add(name);
            }
        }
        if (features.isEmpty()) {
            throw KairosException.failure("The feature catalog lists no features: run kairos features first.");
        }
        return features;
    }

    private static KairosException emptyMatrix() {
        return KairosException.failure("The feature matrix is empty: run kairos features first.");
    }
}
