package io.kairos.model;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The tables {@code kairos train} owns (docs/RESEARCH.md): {@code predictions}, one row per scored
 * (ticker, date) of a model, and {@code model_registry}, one row per model. Train creates them; calibrate
 * fills {@code predictions.prob} and {@code model_registry.calibration}.
 */
public final class ModelTables {

    public static final String PREDICTIONS = "predictions";
    public static final String REGISTRY = "model_registry";

    // No primary key on predictions: DuckDB's index would cost memory on millions of rows, and a
    // model's rows are replaced as a whole (delete, then insert, in one transaction).
    private static final String PREDICTIONS_DDL = "CREATE TABLE IF NOT EXISTS " + PREDICTIONS + " ("
            + "model_id VARCHAR NOT NULL, ticker VARCHAR NOT NULL, date DATE NOT NULL, fold INTEGER NOT NULL,"
            + " score DOUBLE NOT NULL, prob DOUBLE)";
    private static final String REGISTRY_DDL = "CREATE TABLE IF NOT EXISTS " + REGISTRY + " ("
            + "model_id VARCHAR PRIMARY KEY, created_at TIMESTAMP NOT NULL, as_of DATE NOT NULL, folder VARCHAR NOT NULL,"
            + " frequency VARCHAR NOT NULL, horizon INTEGER NOT NULL, seed BIGINT NOT NULL, features INTEGER NOT NULL,"
            + " train_start DATE NOT NULL, train_end DATE NOT NULL, calibration VARCHAR, metrics VARCHAR NOT NULL)";

    private ModelTables() {
    }

    /** Creates both tables when the store does not have them yet. */
    public static void createIfMissing(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(PREDICTIONS_DDL);
            statement.execute(REGISTRY_DDL);
        }
    }
}
