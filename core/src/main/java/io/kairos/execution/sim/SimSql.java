package io.kairos.execution.sim;

import io.kairos.KairosException;
import java.sql.Connection;
import java.sql.SQLException;

/** Runs the simulated broker's reads, and its changes in one transaction each, reporting SQL errors plainly. */
final class SimSql {

    interface Work<T> {
        T run() throws SQLException;
    }

    private SimSql() {
    }

    static <T> T read(String what, Work<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    /** All of {@code work} or nothing: any error rolls back and is rethrown (a BrokerException as it is). */
    static <T> T inTransaction(Connection connection, String what, Work<T> work) {
        boolean autoCommit = true;
        try {
            autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            rollback(connection);
            throw e instanceof RuntimeException runtime ? runtime : failure(what, (SQLException) e);
        } finally {
            try {
                connection.setAutoCommit(autoCommit);
            } catch (SQLException ignored) {
                // the connection is closing anyway
            }
        }
    }

    private static KairosException failure(String what, SQLException e) {
        return KairosException.failure("The simulated broker cannot " + what + ": " + e.getMessage(), e);
    }

    private static void rollback(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the original failure is the one to report
        }
    }
}
