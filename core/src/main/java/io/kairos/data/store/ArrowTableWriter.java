package io.kairos.data.store;

import io.kairos.KairosException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.apache.arrow.c.ArrowArrayStream;
import org.apache.arrow.c.Data;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;
import org.duckdb.DuckDBConnection;

/**
 * Writes rows into a DuckDB table through Arrow's C data interface: producers fill
 * {@link ColumnBatch}es, and an {@code INSERT ... SELECT} running on a thread of its own pulls them
 * as an Arrow stream. This moves wide numeric tables several times faster than DuckDB's row
 * appender (measured: about 30 ns a value against 200), which is what makes a daily feature matrix
 * of millions of rows affordable.
 *
 * <p>The insert runs in whatever transaction the connection is in; the producer must not use the
 * connection until {@link #finish()} returns. Batches go in the order they are submitted.
 */
public final class ArrowTableWriter implements AutoCloseable {

    private static final int POOLED_BATCHES = 4;
    private static final AtomicLong STREAMS = new AtomicLong();

    private final List<Column> columns;
    private final BlockingQueue<ColumnBatch> full = new ArrayBlockingQueue<>(POOLED_BATCHES + 1);
    private final BlockingQueue<ColumnBatch> empty = new ArrayBlockingQueue<>(POOLED_BATCHES);
    private final ColumnBatch end;
    private final ColumnBatch abandon;
    private final ExecutorService inserter = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "kairos-arrow-insert");
        thread.setDaemon(true);
        return thread;
    });
    private final Future<Long> inserted;
    private boolean finished;
    /** Once the stream ends or is abandoned it stays so: DuckDB may ask for more from another scan thread. */
    private volatile boolean streamEnded;
    private volatile boolean streamAbandoned;

    /** Starts inserting into {@code table} (whose columns include these, matched by name). */
    public ArrowTableWriter(Connection connection, String table, List<Column> columns, int batchRows) {
        this.columns = List.copyOf(columns);
        for (int i = 0; i < POOLED_BATCHES; i++) {
            empty.add(new ColumnBatch(this.columns, batchRows));
        }
        end = new ColumnBatch(this.columns, 0);
        abandon = new ColumnBatch(this.columns, 0);
        String columnList = this.columns.stream().map(Column::name).collect(Collectors.joining(", "));
        inserted = inserter.submit(() -> insertAll(connection, table, columnList));
    }

    /** An empty batch to fill; blocks while every pooled batch waits for the insert. */
    public ColumnBatch emptyBatch() {
        return take(empty);
    }

    /** Hands a filled batch to the insert; the batch comes back to the pool once copied. */
    public void submit(ColumnBatch batch) {
        put(batch);
    }

    /** Ends the stream, waits for the insert and returns the rows it inserted. */
    public long finish() {
        finished = true;
        put(end);
        try {
            return inserted.get();
        } catch (ExecutionException e) {
            throw KairosException.failure("Cannot write rows into the store: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw KairosException.failure("Interrupted while writing rows into the store", e);
        } finally {
            inserter.shutdown();
        }
    }

    /** Stops an unfinished insert: its statement fails, and the caller rolls its transaction back. */
    @Override
    public void close() {
        if (!finished) {
            finished = true;
            streamAbandoned = true;
            full.clear();
            full.offer(abandon);
            try {
                inserted.get(10, TimeUnit.MINUTES);
            } catch (ExecutionException | java.util.concurrent.TimeoutException expected) {
                // the abandoned statement fails by design
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inserter.shutdownNow();
        }
    }

    private long insertAll(Connection connection, String table, String columnList) throws SQLException, IOException {
        String stream = "kairos_arrow_" + STREAMS.incrementAndGet();
        try (BufferAllocator allocator = new RootAllocator();
                BatchReader reader = new BatchReader(allocator);
                ArrowArrayStream exported = ArrowArrayStream.allocateNew(allocator)) {
            Data.exportArrayStream(allocator, reader, exported);
            connection.unwrap(DuckDBConnection.class).registerArrowStream(stream, exported);
            try (Statement statement = connection.createStatement()) {
                return statement.executeUpdate("INSERT INTO " + table + " (" + columnList + ") SELECT " + columnList
                        + " FROM " + stream);
            }
        }
    }

    /** The Arrow side: DuckDB pulls batches, each copied into the reader's vectors. */
    private final class BatchReader extends ArrowReader {

        BatchReader(BufferAllocator allocator) {
            super(allocator);
        }

        @Override
        protected Schema readSchema() {
            List<Field> fields = new ArrayList<>();
            for (Column column : columns) {
                ArrowType type = switch (column.type()) {
                    case INTEGER -> new ArrowType.Int(32, true);
                    case DATE -> new ArrowType.Date(DateUnit.DAY);
                    case DOUBLE -> new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE);
                    case VARCHAR -> ArrowType.Utf8.INSTANCE;
                };
                fields.add(Field.nullable(column.name(), type));
            }
            return new Schema(fields);
        }

        @Override
        public boolean loadNextBatch() throws IOException {
            ColumnBatch batch = null;
            while (batch == null) {
                if (streamAbandoned) {
                    throw new IOException("the write was abandoned");
                }
                if (streamEnded) {
                    return false;
                }
                try {
                    batch = full.poll(100, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while waiting for rows", e);
                }
            }
            if (batch == end) {
                streamEnded = true;
                return false;
            }
            if (batch == abandon) {
                streamAbandoned = true;
                throw new IOException("the write was abandoned");
            }
            VectorSchemaRoot root = getVectorSchemaRoot();
            for (int column = 0; column < columns.size(); column++) {
                copy(batch, column, root.getVector(column));
            }
            root.setRowCount(batch.size);
            batch.size = 0;
            empty.add(batch);
            return true;
        }

        private void copy(ColumnBatch batch, int column, FieldVector vector) {
            int rows = batch.size;
            vector.setInitialCapacity(rows);
            vector.allocateNew();
            switch (columns.get(column).type()) {
                case INTEGER -> {
                    IntVector ints = (IntVector) vector;
                    int[] values = batch.ints(column);
                    for (int row = 0; row < rows; row++) {
                        if (values[row] == ColumnBatch.NULL_INT) {
                            ints.setNull(row);
                        } else {
                            ints.set(row, values[row]);
                        }
                    }
                }
                case DATE -> {
                    DateDayVector dates = (DateDayVector) vector;
                    int[] values = batch.ints(column);
                    for (int row = 0; row < rows; row++) {
                        if (values[row] == ColumnBatch.NULL_INT) {
                            dates.setNull(row);
                        } else {
                            dates.set(row, values[row]);
                        }
                    }
                }
                case DOUBLE -> {
                    Float8Vector doubles = (Float8Vector) vector;
                    double[] values = batch.doubles(column);
                    for (int row = 0; row < rows; row++) {
                        if (Double.isFinite(values[row])) {
                            doubles.set(row, values[row]);
                        } else {
                            doubles.setNull(row);
                        }
                    }
                }
                case VARCHAR -> {
                    VarCharVector texts = (VarCharVector) vector;
                    String[] values = batch.strings(column);
                    String last = null;
                    byte[] lastBytes = null;
                    for (int row = 0; row < rows; row++) {
                        String value = values[row];
                        if (value == null) {
                            texts.setNull(row);
                        } else {
                            // tickers repeat row after row: encode each run once
                            if (value != last) {
                                last = value;
                                lastBytes = value.getBytes(StandardCharsets.UTF_8);
                            }
                            texts.setSafe(row, lastBytes);
                        }
                    }
                }
            }
            vector.setValueCount(rows);
        }

        @Override
        public long bytesRead() {
            return 0;
        }

        @Override
        protected void closeReadSource() {
            // the batches belong to the writer
        }
    }

    private void put(ColumnBatch batch) {
        try {
            while (!full.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                failIfInsertEnded();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw KairosException.failure("Interrupted while writing rows into the store", e);
        }
    }

    private ColumnBatch take(BlockingQueue<ColumnBatch> queue) {
        try {
            ColumnBatch batch;
            while ((batch = queue.poll(100, TimeUnit.MILLISECONDS)) == null) {
                failIfInsertEnded();
            }
            return batch;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw KairosException.failure("Interrupted while writing rows into the store", e);
        }
    }

    /** An insert that ended before the stream did has failed: report why rather than wait forever. */
    private void failIfInsertEnded() {
        if (inserted.isDone()) {
            try {
                inserted.get();
                throw new IllegalStateException("the insert ended before the rows did");
            } catch (ExecutionException e) {
                throw KairosException.failure("Cannot write rows into the store: " + e.getCause().getMessage(), e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw KairosException.failure("Interrupted while writing rows into the store", e);
            }
        }
    }
}
