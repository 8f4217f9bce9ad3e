package io.kairos.features;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Runs DuckDB on one thread for the length of a build, then restores its setting. A build feeds
 * DuckDB one stream of rows; with worker threads, one worker does the insert while the thread that
 * issued it spins waiting (measured: four tenths of the process's CPU on a two-core machine), which
 * starves the thread computing the features. The price reads run on a thread of their own anyway.
 */
final class DuckDbThreads implements AutoCloseable {

    private final Connection connection;
    private final String previous;

    private DuckDbThreads(Connection connection, String previous) {
        this.connection = connection;
        this.previous = previous;
    }

    static DuckDbThreads single(Connection connection) throws SQLException {
        String previous;
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT current_setting('threads')")) {
            rows.next();
            previous = rows.getString(1);
            statement.execute("SET threads = 1");
        }
        return new DuckDbThreads(connection, previous);
    }

    @Override
    public void close() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET threads = " + Integer.parseInt(previous));
        }
    }
}
