package io.kairos.data.store;

import io.kairos.KairosException;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Inserts {@link CsvChunk} files straight into {@code sep_base}, inside the load's transaction, on a
 * thread of its own: DuckDB parses each file in parallel while the source prepares the next one.
 * Stored rows with a ticker and date of the chunk are deleted first, but only when one of the
 * chunk's tickers was stored before the load (a store that has never seen them has nothing to
 * replace). Each file is deleted once inserted.
 */
final class ChunkInserter {

    private static final String READ_CHUNK = "read_csv(?, header = true, delim = ',', quote = '', escape = '',"
            + " columns = {'ticker': 'VARCHAR', 'date': 'DATE', 'open': 'DOUBLE', 'high': 'DOUBLE', 'low': 'DOUBLE',"
            + " 'close': 'DOUBLE', 'volume': 'DOUBLE', 'closeadj': 'DOUBLE', 'closeunadj': 'DOUBLE', 'lastupdated': 'DATE'})";
    /** Files waiting or being inserted; the source blocks beyond this, which bounds the temporary disk used. */
    private static final int IN_FLIGHT = 2;

    private final Connection connection;
    private final Set<String> storedTickers;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "kairos-store-chunks");
        thread.setDaemon(true);
        return thread;
    });
    private final Semaphore slots = new Semaphore(IN_FLIGHT);
    private final List<Future<?>> submitted = new ArrayList<>();
    private final Set<String> tickers = Collections.synchronizedSet(new HashSet<>());
    private long inserted;
    private long replaced;
    private LocalDate firstDate;
    private LocalDate lastDate;

    ChunkInserter(Connection connection, Set<String> storedTickers) {
        this.connection = connection;
        this.storedTickers = Set.copyOf(storedTickers);
    }

    /** Queues a file for insertion; blocks while {@value #IN_FLIGHT} files are already waiting. */
    void submit(CsvChunk chunk) {
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw KairosException.failure("Interrupted while loading " + chunk.file(), e);
        }
        for (Future<?> done : submitted) {
            if (done.isDone()) {
                await(done);
            }
        }
        submitted.add(writer.submit(() -> {
            try {
                insert(chunk);
            } finally {
                slots.release();
            }
            return null;
        }));
    }

    private void insert(CsvChunk chunk) throws SQLException, IOException {
        boolean mayReplace = chunk.tickers().stream().anyMatch(storedTickers::contains);
        if (mayReplace) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM sep_base AS s USING (SELECT ticker, date FROM "
                    + READ_CHUNK + ") AS k WHERE s.ticker = k.ticker AND s.date = k.date")) {
                delete.setString(1, chunk.file().toString());
                replaced += delete.executeUpdate();
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO sep_base SELECT * FROM " + READ_CHUNK)) {
            insert.setString(1, chunk.file().toString());
            long rows = insert.executeUpdate();
            if (rows != chunk.rows()) {
                throw new IllegalStateException("DuckDB read " + rows + " rows from " + chunk.file() + " but it holds " + chunk.rows());
            }
            inserted += rows;
        }
        tickers.addAll(chunk.tickers());
        firstDate = firstDate == null || chunk.firstDate().isBefore(firstDate) ? chunk.firstDate() : firstDate;
        lastDate = lastDate == null || chunk.lastDate().isAfter(lastDate) ? chunk.lastDate() : lastDate;
        Files.delete(chunk.file());
    }

    /** Waits for every queued file; rethrows the first failure. */
    void finish() {
        for (Future<?> chunk : submitted) {
            await(chunk);
        }
        writer.shutdown();
    }

    /**
     * Drops the files not yet started and waits for the one in progress, so that the rollback that
     * follows never races a statement on the same connection. Files not inserted stay for the caller
     * to remove.
     */
    void abandon() {
        writer.shutdownNow();
        try {
            writer.awaitTermination(10, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void await(Future<?> chunk) {
        try {
            chunk.get();
        } catch (ExecutionException e) {
            writer.shutdownNow();
            throw KairosException.failure("Cannot load rows into the store: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw KairosException.failure("Interrupted while loading rows into the store", e);
        }
    }

    long inserted() {
        return inserted;
    }

    long replaced() {
        return replaced;
    }

    long tickerCount() {
        return tickers.size();
    }

    LocalDate firstDate() {
        return firstDate;
    }

    LocalDate lastDate() {
        return lastDate;
    }
}
