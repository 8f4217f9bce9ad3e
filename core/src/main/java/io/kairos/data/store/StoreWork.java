package io.kairos.data.store;

import io.kairos.KairosException;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs reads of the store, and changes in one transaction each, reporting SQL errors plainly: {@code what} says
 * who could not do what ("The simulated broker cannot open its account").
 */
public final class StoreWork {

    public interface Work<T> {
        T run() throws SQLException;
    }

    private StoreWork() {
    }

    public static <T> T read(String what, Work<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    /** All of {@code work} or nothing: any error rolls back and is rethrown (a KairosException as it is). */
    public static <T> T inTransaction(Connection connection, String what, Work<T> work) {
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
        return KairosException.failure(what + ": " + e.getMessage(), e);
    }

    private static void rollback(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the original failure is the one to report
        }
    }
}
