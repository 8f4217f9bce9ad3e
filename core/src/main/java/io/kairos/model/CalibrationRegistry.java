package io.kairos.model;

import io.kairos.KairosException;
import io.kairos.data.store.StoreTables;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of model_registry (written by kairos train) that calibrate and model-status read: which
 * model to work on, where its folder is and what it was trained on; and the one column calibrate sets.
 */
public final class CalibrationRegistry {

    /** Beyond this many, an unknown-model error lists only the latest. */
    private static final int KNOWN_LISTED = 20;
    private static final String COLUMNS = "model_id, as_of, folder, frequency, train_start, train_end, calibration";

    private final Connection connection;

    public CalibrationRegistry(Connection connection) {
        this.connection = connection;
    }

    /**
     * One registered model.
     *
     * @param folder      as registered: absolute, or relative to KAIROS_HOME
     * @param frequency   the rebalance frequency its samples were drawn at (monthly, weekly)
     * @param calibration the calibration method, null until calibrated
     */
    public record Entry(String modelId, LocalDate asOf, String folder, String frequency, LocalDate trainStart,
            LocalDate trainEnd, String calibration) {

        /** The model folder, a relative one taken from {@code home}. */
        public Path folderUnder(Path home) {
            return home.resolve(folder).normalize();
        }
    }

    /** The model {@code modelId}, or the latest (by as-of date, then creation) when it is null. */
    public Entry find(String modelId) {
        try {
            List<Entry> known = StoreTables.exists(connection, "model_registry") ? all() : List.of();
            if (known.isEmpty()) {
                throw KairosException.failure("No model in model_registry: run kairos train first.");
            }
            if (modelId == null) {
                return known.get(0);
            }
            return known.stream().filter(entry -> entry.modelId().equals(modelId)).findFirst()
                    .orElseThrow(() -> unknown(modelId, known));
        } catch (SQLException e) {
            throw KairosException.failure("Cannot read model_registry: " + e.getMessage(), e);
        }
    }

    /** Records {@code method} as the calibration of {@code modelId}. */
    public void recordCalibration(String modelId, CalibrationMethod method) {
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE model_registry SET calibration = ? WHERE model_id = ?")) {
            statement.setString(1, method.label());
            statement.setString(2, modelId);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw KairosException.failure("Cannot record the calibration of model " + modelId + ": " + e.getMessage(), e);
        }
    }

    /** Every model, latest first. */
    private List<Entry> all() throws SQLException {
        List<Entry> entries = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + COLUMNS
                + " FROM model_registry ORDER BY as_of DESC, created_at DESC, model_id DESC");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                entries.add(new Entry(rows.getString(1), rows.getObject(2, LocalDate.class), rows.getString(3), rows.getString(4),
                        rows.getObject(5, LocalDate.class), rows.getObject(6, LocalDate.class), rows.getString(7)));
            }
        }
        return entries;
    }

    private static KairosException unknown(String modelId, List<Entry> known) {
        List<String> ids = known.stream().limit(KNOWN_LISTED).map(Entry::modelId).toList();
        String more = known.size() > KNOWN_LISTED ? " and " + (known.size() - KNOWN_LISTED) + " older" : "";
        return KairosException.usage("Unknown model " + modelId + ": model_registry has " + String.join(", ", ids) + more
                + " (latest first).");
    }
}
