package io.kairos.portfolio;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The table generate-picks owns: {@code rebalance_picks}, the holdings each rebalance decided (names with
 * a weight above 0), one set per rebalance date; a rerun for a date replaces its set.
 */
public final class RebalanceTables {

    public static final String PICKS = "rebalance_picks";

    private static final String PICKS_DDL = "CREATE TABLE IF NOT EXISTS " + PICKS + " (rebalance_date DATE NOT NULL,"
            + " ticker VARCHAR NOT NULL, sector VARCHAR NOT NULL, weight DOUBLE NOT NULL, prior_weight DOUBLE NOT NULL,"
            + " alpha DOUBLE, probability DOUBLE, volatility DOUBLE, adv DOUBLE, data_date DATE NOT NULL, model_id VARCHAR NOT NULL,"
            + " PRIMARY KEY (rebalance_date, ticker))";

    private RebalanceTables() {
    }

    static void createIfMissing(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(PICKS_DDL);
        }
    }
}
