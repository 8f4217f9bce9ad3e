package io.kairos.portfolio;

import io.kairos.data.store.StoreTables;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * Which predictions a rebalance uses: those of the latest model (by as-of date, then creation) trained
 * as of the rebalance date or before that scored the data date; of its rows for that date, the final
 * model's (fold 0) when it has them, else its out-of-sample fold's.
 */
final class PredictionSource {

    /** A model's predictions for the data date: how many rows, and how many have a calibrated probability. */
    record Found(String modelId, int fold, long rows, long calibrated) {
    }

    private PredictionSource() {
    }

    /** The predictions to use for {@code dataDate} on rebalance {@code date}, or null when no model scored it. */
    static Found find(Connection connection, LocalDate dataDate, LocalDate date) throws SQLException {
        if (!StoreTables.exists(connection, "predictions") || !StoreTables.exists(connection, "model_registry")) {
            return null;
        }
        try (PreparedStatement statement = connection.prepareStatement("SELECT p.model_id, p.fold, count(*), count(p.prob)"
                + " FROM predictions p JOIN model_registry m USING (model_id) WHERE p.date = ? AND m.as_of <= ?"
                + " GROUP BY p.model_id, p.fold, m.as_of, m.created_at"
                + " ORDER BY m.as_of DESC, m.created_at DESC, p.model_id DESC, (p.fold = 0) DESC, p.fold LIMIT 1")) {
            statement.setObject(1, dataDate);
            statement.setObject(2, date);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? new Found(rows.getString(1), rows.getInt(2), rows.getLong(3), rows.getLong(4)) : null;
            }
        }
    }
}
