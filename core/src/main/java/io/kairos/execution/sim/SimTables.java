package io.kairos.execution.sim;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The tables the simulated broker owns (docs/EXECUTION.md), created when missing: {@code sim_account} (one row:
 * initial cash, cash, the as-of session), {@code sim_orders} (one row per order), {@code sim_fills} (one row per
 * session an order filled on, with its costs) and {@code sim_positions} (one row per symbol held). Quantities are
 * whole shares, money DECIMAL to the cent, prices to 4 decimals, timestamps UTC.
 */
public final class SimTables {

    public static final String ACCOUNT = "sim_account";
    public static final String ORDERS = "sim_orders";
    public static final String FILLS = "sim_fills";
    public static final String POSITIONS = "sim_positions";

    private static final String ACCOUNT_DDL = "CREATE TABLE IF NOT EXISTS " + ACCOUNT
            + " (initial_cash DECIMAL(18,2) NOT NULL, cash DECIMAL(18,2) NOT NULL, as_of DATE NOT NULL)";
    private static final String ORDERS_DDL = "CREATE TABLE IF NOT EXISTS " + ORDERS
            + " (id VARCHAR PRIMARY KEY, client_order_id VARCHAR NOT NULL UNIQUE, symbol VARCHAR NOT NULL, side VARCHAR NOT NULL,"
            + " qty BIGINT NOT NULL, type VARCHAR NOT NULL, time_in_force VARCHAR NOT NULL, status VARCHAR NOT NULL,"
            + " submitted_on DATE NOT NULL, submitted_at TIMESTAMP NOT NULL, last_session DATE, filled_at TIMESTAMP)";
    private static final String FILLS_DDL = "CREATE TABLE IF NOT EXISTS " + FILLS
            + " (order_id VARCHAR NOT NULL, session DATE NOT NULL, symbol VARCHAR NOT NULL, side VARCHAR NOT NULL,"
            + " qty BIGINT NOT NULL, reference_price DECIMAL(18,4) NOT NULL, price DECIMAL(18,4) NOT NULL,"
            + " commission DECIMAL(18,2) NOT NULL, spread_cost DECIMAL(18,2) NOT NULL, impact_cost DECIMAL(18,2) NOT NULL,"
            + " cash_flow DECIMAL(18,2) NOT NULL)";
    private static final String POSITIONS_DDL = "CREATE TABLE IF NOT EXISTS " + POSITIONS
            + " (symbol VARCHAR PRIMARY KEY, qty BIGINT NOT NULL, avg_entry_price DECIMAL(18,4) NOT NULL)";

    private SimTables() {
    }

    public static void createIfMissing(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(ACCOUNT_DDL);
            statement.execute(ORDERS_DDL);
            statement.execute(FILLS_DDL);
            statement.execute(POSITIONS_DDL);
        }
    }
}
