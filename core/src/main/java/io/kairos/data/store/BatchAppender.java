package io.kairos.data.store;

import io.kairos.KairosException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Appends staged bars to the {@code load_prices} table on a writer thread of its own, so that reading
 * or generating the next rows overlaps with DuckDB's appending. Batches circulate between a few
 * buffers: the loading thread blocks when the writer is behind, which bounds memory.
 */
final class BatchAppender {

    private static final Logger LOG = LoggerFactory.getLogger(BatchAppender.class);

    private static final int BUFFERS = 4;
    private static final BarBatch END = new BarBatch();

    private final BlockingQueue<BarBatch> full = new ArrayBlockingQueue<>(BUFFERS + 1);
    private final BlockingQueue<BarBatch> empty = new ArrayBlockingQueue<>(BUFFERS);
    private final ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "kairos-store-appender");
        thread.setDaemon(true);
        return thread;
    });
    private final Future<Long> written;
    private BarBatch current;

    BatchAppender(Connection connection) {
        for (int i = 0; i < BUFFERS; i++) {
            empty.add(new BarBatch());
        }
        current = take(empty);
        written = writer.submit(() -> appendAll(connection));
    }

    /** The batch to fill; full batches go to the writer through {@link #handOver()}. */
    BarBatch current() {
        return current;
    }

    /** Sends the filled current batch to the writer and takes an empty one. */
    void handOver() {
        put(current);
        current = take(empty);
    }

    /** Sends what is left, waits for the writer, and returns the rows it appended. */
    long finish() {
        if (current.size > 0) {
            put(current);
        }
        put(END);
        try {
            return written.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw KairosException.failure("Cannot stage price rows: " + cause.getMessage(), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw KairosException.failure("Interrupted while staging price rows", e);
        } finally {
            writer.shutdown();
        }
    }

    /** Stops the writer without waiting for its rows (the load is being rolled back). */
    void abandon() {
        writer.shutdownNow();
        try {
            written.get();
        } catch (ExecutionException | InterruptedException | CancellationException ignored) {
            // rolling back: what the writer managed to append goes with the transaction
        }
    }

    private long appendAll(Connection connection) throws SQLException, InterruptedException {
        long rows = 0;
        long busy = 0;
        try (DuckDBAppender appender = connection.unwrap(DuckDBConnection.class).createAppender("main", "load_prices")) {
            for (BarBatch batch = full.take(); batch != END; batch = full.take()) {
                long started = System.nanoTime();
                for (int i = 0; i < batch.size; i++) {
                    appender.beginRow().append(batch.tickerIds[i]).appendEpochDays(batch.epochDays[i]);
                    appendNullable(appender, batch.open[i]);
                    appendNullable(appender, batch.high[i]);
                    appendNullable(appender, batch.low[i]);
                    appender.append(batch.close[i]);
                    appendNullable(appender, batch.volume[i]);
                    appendNullable(appender, batch.closeAdj[i]);
                    appendNullable(appender, batch.closeUnadj[i]);
                    appender.appendEpochDays(batch.lastUpdated[i]).endRow();
                }
                rows += batch.size;
                batch.size = 0;
                busy += System.nanoTime() - started;
                empty.put(batch);
            }
            long closing = System.nanoTime();
            appender.close();
            busy += System.nanoTime() - closing;
        }
        LOG.debug("appended {} rows to the staging table, busy {} ms", rows, busy / 1_000_000);
        return rows;
    }

    private static void appendNullable(DuckDBAppender appender, double value) throws SQLException {
        if (Double.isNaN(value)) {
            appender.appendNull();
        } else {
            appender.append(value);
        }
    }

    private void put(BarBatch batch) {
        try {
            while (!full.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                if (written.isDone()) {
                    finishFailed();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw KairosException.failure("Interrupted while staging price rows", e);
        }
    }

    private BarBatch take(BlockingQueue<BarBatch> queue) {
        try {
            BarBatch batch;
            while ((batch = queue.poll(100, TimeUnit.MILLISECONDS)) == null) {
                if (written != null && written.isDone()) {
                    finishFailed();
                }
            }
            return batch;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw KairosException.failure("Interrupted while staging price rows", e);
        }
    }

    /** The writer stopped early: report its error instead of waiting forever. */
    private void finishFailed() {
        try {
            written.get();
            throw new IllegalStateException("the appender thread ended before the load finished");
        } catch (ExecutionException e) {
            throw KairosException.failure("Cannot stage price rows: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw KairosException.failure("Interrupted while staging price rows", e);
        }
    }
}
