package io.kairos.data.csv;

import io.kairos.KairosException;
import io.kairos.data.store.CsvChunk;
import io.kairos.data.store.PriceLoad;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Writes validated rows as {@link CsvChunk} files and hands each full one to the load, which
 * inserts it while the next is being read. Field text is copied as read (it has been parsed and
 * checked already, and DuckDB reads the same decimal to the same double), so no number is formatted.
 */
final class ChunkWriter {

    /** Measured on the S&P 500 file: smaller chunks lose more to per-statement cost than they gain in overlap. */
    static final int ROWS_PER_CHUNK = 200_000;
    private static final byte[] HEADER = CsvChunk.HEADER.getBytes(StandardCharsets.US_ASCII);

    private final PriceLoad load;
    private final Path folder;
    private final byte[] lastUpdated;
    private final int rowsPerChunk;
    private byte[] buffer = new byte[1 << 22];
    private int length;
    private long rows;
    private int chunkNumber;
    private final Set<String> tickers = new HashSet<>();
    /** The ticker of the previous row: rows come grouped by ticker, so the set changes rarely. */
    private String lastTicker;
    private LocalDate firstDate;
    private LocalDate lastDate;

    /** Writes chunks of {@code rowsPerChunk} rows into {@code folder}, which the caller removes after the load. */
    ChunkWriter(PriceLoad load, Path folder, LocalDate lastUpdated, int rowsPerChunk) {
        this.load = load;
        this.folder = folder;
        this.lastUpdated = lastUpdated.toString().getBytes(StandardCharsets.US_ASCII);
        this.rowsPerChunk = rowsPerChunk;
        startChunk();
    }

    /** Starts a row: the ticker (its bytes, and its name for the chunk's ticker set) and the date. */
    void beginRow(byte[] ticker, String tickerName, LocalDate date) {
        append(ticker, 0, ticker.length);
        buffer[length++] = ',';
        appendDate(date);
        if (!tickerName.equals(lastTicker)) {
            tickers.add(tickerName);
            lastTicker = tickerName;
        }
        firstDate = firstDate == null || date.isBefore(firstDate) ? date : firstDate;
        lastDate = lastDate == null || date.isAfter(lastDate) ? date : lastDate;
    }

    /** Adds the next value of the row, as text already validated; surrounding spaces are dropped. */
    void value(byte[] bytes, int from, int to) {
        while (from < to && bytes[from] == ' ') {
            from++;
        }
        while (to > from && bytes[to - 1] == ' ') {
            to--;
        }
        buffer[length++] = ',';
        append(bytes, from, to);
    }

    /** Ends the row with its lastupdated date; a full chunk goes to the load. */
    void endRow() {
        buffer[length++] = ',';
        append(lastUpdated, 0, lastUpdated.length);
        buffer[length++] = '\n';
        if (++rows == rowsPerChunk) {
            flush();
        }
    }

    /** Hands over the last, partly filled chunk. */
    void finish() {
        if (rows > 0) {
            flush();
        }
    }

    private void flush() {
        Path file = folder.resolve("chunk-" + chunkNumber++ + ".csv");
        try {
            Files.write(file, Arrays.copyOf(buffer, length));
        } catch (IOException e) {
            throw KairosException.failure("Cannot write the temporary file " + file + ": " + e.getMessage(), e);
        }
        load.insertCsvChunk(new CsvChunk(file, rows, tickers, firstDate, lastDate));
        startChunk();
    }

    private void startChunk() {
        length = 0;
        rows = 0;
        tickers.clear();
        lastTicker = null;
        firstDate = null;
        lastDate = null;
        append(HEADER, 0, HEADER.length);
    }

    private void appendDate(LocalDate date) {
        ensure(10);
        int year = date.getYear();
        int month = date.getMonthValue();
        int day = date.getDayOfMonth();
        buffer[length++] = (byte) ('0' + year / 1000);
        buffer[length++] = (byte) ('0' + year / 100 % 10);
        buffer[length++] = (byte) ('0' + year / 10 % 10);
        buffer[length++] = (byte) ('0' + year % 10);
        buffer[length++] = '-';
        buffer[length++] = (byte) ('0' + month / 10);
        buffer[length++] = (byte) ('0' + month % 10);
        buffer[length++] = '-';
        buffer[length++] = (byte) ('0' + day / 10);
        buffer[length++] = (byte) ('0' + day % 10);
    }

    private void append(byte[] bytes, int from, int to) {
        ensure(to - from + 2);
        System.arraycopy(bytes, from, buffer, length, to - from);
        length += to - from;
    }

    private void ensure(int more) {
        if (length + more + 64 > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more + 64));
        }
    }

}
