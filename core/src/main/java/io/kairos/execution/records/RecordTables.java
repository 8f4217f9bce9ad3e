package io.kairos.execution.records;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Kairos's own record of what it did at each broker (docs/EXECUTION.md, "Local records"), created when missing.
 * Every row carries its venue ({@link Venues}), so a paper and a live account never mix:
 * {@code exec_runs} (one row per picks file executed: the equity it was sized from), {@code exec_targets} (its
 * weights), {@code exec_orders} (every order Kairos knows of, as last seen), {@code exec_positions} (the local book:
 * what the recorded fills say is held) and {@code exec_reconciliations} (every difference reconcile found).
 */
final class RecordTables {

    static final String RUNS = "exec_runs";
    static final String TARGETS = "exec_targets";
    static final String ORDERS = "exec_orders";
    static final String POSITIONS = "exec_positions";
    static final String RECONCILIATIONS = "exec_reconciliations";

    private static final String[] DDL = {
        "CREATE TABLE IF NOT EXISTS " + RUNS + " (venue VARCHAR NOT NULL, fingerprint VARCHAR NOT NULL, rebalance_date DATE NOT NULL,"
            + " data_date DATE NOT NULL, trade_date DATE NOT NULL, picks_file VARCHAR NOT NULL, equity DECIMAL(18,2) NOT NULL,"
            + " executed_at TIMESTAMP NOT NULL, PRIMARY KEY (venue, fingerprint))",
        "CREATE TABLE IF NOT EXISTS " + TARGETS + " (venue VARCHAR NOT NULL, fingerprint VARCHAR NOT NULL, ticker VARCHAR NOT NULL,"
            + " weight DOUBLE NOT NULL, PRIMARY KEY (venue, fingerprint, ticker))",
        "CREATE TABLE IF NOT EXISTS " + ORDERS + " (venue VARCHAR NOT NULL, client_order_id VARCHAR NOT NULL, broker_id VARCHAR,"
            + " symbol VARCHAR NOT NULL, side VARCHAR NOT NULL, qty DECIMAL(18,6) NOT NULL, status VARCHAR NOT NULL,"
            + " filled_qty DECIMAL(18,6) NOT NULL, filled_avg_price DECIMAL(18,6), origin VARCHAR NOT NULL,"
            + " updated_at TIMESTAMP NOT NULL, PRIMARY KEY (venue, client_order_id))",
        "CREATE TABLE IF NOT EXISTS " + POSITIONS + " (venue VARCHAR NOT NULL, symbol VARCHAR NOT NULL, qty DECIMAL(18,6) NOT NULL,"
            + " updated_at TIMESTAMP NOT NULL, PRIMARY KEY (venue, symbol))",
        "CREATE TABLE IF NOT EXISTS " + RECONCILIATIONS + " (venue VARCHAR NOT NULL, reconciled_at TIMESTAMP NOT NULL,"
            + " kind VARCHAR NOT NULL, subject VARCHAR NOT NULL, local_value VARCHAR NOT NULL, broker_value VARCHAR NOT NULL,"
            + " repaired BOOLEAN NOT NULL)"
    };

    private RecordTables() {
    }

    static void createIfMissing(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String ddl : DDL) {
                statement.execute(ddl);
            }
        }
    }
}
