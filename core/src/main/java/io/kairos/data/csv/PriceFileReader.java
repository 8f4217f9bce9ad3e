package io.kairos.data.csv;

import io.kairos.KairosException;
import io.kairos.data.store.PriceLoad;
import io.kairos.data.store.QuarantinedRow;
import io.kairos.ops.ProgressListener;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Reads price files (gzip or plain) row by row into a load (through a {@link ChunkWriter}), validating each row: a row with a bad
 * date, a blank or non-numeric field, a date that is no session, or a conflicting duplicate is
 * quarantined with its file, line and reason (or, when strict, stops the import). A row repeating an
 * earlier one exactly is skipped and counted. The first row read for a ticker and date wins.
 */
final class PriceFileReader {

    private static final long PROGRESS_EVERY_LINES = 1 << 16;

    private final PriceLoad load;
    private final ChunkWriter chunks;
    private final DateField dates;
    private final boolean strict;
    private final SeenRows seen = new SeenRows();
    private final List<String> fileNames = new ArrayList<>();
    private final ProgressListener progress;

    private int[] fieldStarts = new int[16];
    private int[] fieldEnds = new int[16];
    private long rowsRepeated;

    PriceFileReader(PriceLoad load, ChunkWriter chunks, SessionRule sessions, boolean strict, ProgressListener progress) {
        this.load = load;
        this.chunks = chunks;
        this.dates = new DateField(sessions);
        this.strict = strict;
        this.progress = progress;
    }

    long rowsRepeated() {
        return rowsRepeated;
    }

    /** Reads one file; {@code ticker} names the symbol of a file without a ticker column. */
    void read(Path file, String displayName, Optional<String> ticker) {
        int fileIndex = fileNames.size();
        fileNames.add(displayName);
        load.readFrom(displayName);
        long size = sizeOf(file, displayName);
        try (CountingStream counted = new CountingStream(Files.newInputStream(file));
                InputStream in = decompressed(counted)) {
            LineScanner lines = new LineScanner(in);
            if (!lines.next()) {
                throw KairosException.failure(displayName + " is empty: expected a header line and price rows.");
            }
            PriceFileLayout layout = PriceFileLayout.fromHeader(CsvFields.split(text(lines)), displayName);
            RowContext row = new RowContext(displayName, fileIndex, layout);
            if (!layout.hasTickerColumn()) {
                row.useTicker(tickerOf(file, ticker, displayName), load);
            }
            progress.begin("reading " + displayName, size, "bytes");
            while (lines.next()) {
                if (!lines.isBlank()) {
                    readRow(lines, row);
                }
                if (lines.lineNumber() % PROGRESS_EVERY_LINES == 0) {
                    progress.advance(counted.count);
                }
            }
            progress.advance(counted.count);
            progress.end((lines.lineNumber() - 1) + " lines");
        } catch (IOException e) {
            throw KairosException.failure("Cannot read " + displayName + ": " + e.getMessage(), e);
        }
    }

    /**
     * What stays the same for every row of one file, plus the current ticker: a per-symbol file's
     * only one, or the last one seen in a long file (usually grouped by ticker).
     */
    private static final class RowContext {
        final String fileName;
        final int fileIndex;
        final PriceFileLayout layout;
        byte[] tickerBytes = new byte[0];
        String tickerName;
        int tickerId = -1;

        RowContext(String fileName, int fileIndex, PriceFileLayout layout) {
            this.fileName = fileName;
            this.fileIndex = fileIndex;
            this.layout = layout;
        }

        void useTicker(String name, PriceLoad load) {
            tickerName = name;
            tickerBytes = name.getBytes(StandardCharsets.UTF_8);
            tickerId = load.tickerId(name);
        }
    }

    private void readRow(LineScanner lines, RowContext row) {
        byte[] bytes = lines.buffer();
        PriceFileLayout layout = row.layout;
        int fields = split(bytes, lines.start(), lines.end());
        if (fields != layout.fieldCount()) {
            reject(lines, row, "", "", "expected " + layout.fieldCount() + " fields, found " + fields);
            return;
        }
        LocalDate date = dates.parse(bytes, fieldStarts[layout.date()], fieldEnds[layout.date()]);
        if (date == null) {
            String dateText = field(bytes, layout.date()).strip();
            reject(lines, row, tickerText(bytes, row), dateText,
                    dateText.isBlank() ? "blank date" : "bad date '" + dateText + "' (expected YYYY-MM-DD)");
            return;
        }
        int tickerId = tickerId(bytes, row);
        if (tickerId < 0) {
            reject(lines, row, "", date.toString(), "blank ticker");
            return;
        }
        double open = number(bytes, layout.open());
        double high = number(bytes, layout.high());
        double low = number(bytes, layout.low());
        double close = number(bytes, layout.close());
        double volume = number(bytes, layout.volume());
        double closeAdj = layout.closeAdj() < 0 ? close : number(bytes, layout.closeAdj());
        double closeUnadj = layout.closeUnadj() < 0 ? close : number(bytes, layout.closeUnadj());
        if (Double.isNaN(open + high + low + close + volume + closeAdj + closeUnadj)) {
            reject(lines, row, tickerText(bytes, row), date.toString(), firstBadField(bytes, layout));
            return;
        }
        Optional<String> notASession = dates.rejection(date);
        if (notASession.isPresent()) {
            reject(lines, row, tickerText(bytes, row), date.toString(), notASession.get());
            return;
        }
        long fingerprint = fingerprint(open, high, low, close, volume, closeAdj, closeUnadj);
        SeenRows.Earlier earlier = seen.putIfAbsent(tickerId, dates.epochDay(date), place(row.fileIndex, lines.lineNumber()), fingerprint);
        if (earlier != null) {
            if (earlier.fingerprint() == fingerprint) {
                rowsRepeated++;
            } else {
                reject(lines, row, tickerText(bytes, row), date.toString(), "conflicts with " + describe(earlier.place())
                        + " (same ticker and date, different values)");
            }
            return;
        }
        chunks.beginRow(row.tickerBytes, row.tickerName, date);
        copyValue(bytes, layout.open());
        copyValue(bytes, layout.high());
        copyValue(bytes, layout.low());
        copyValue(bytes, layout.close());
        copyValue(bytes, layout.volume());
        copyValue(bytes, layout.closeAdj() < 0 ? layout.close() : layout.closeAdj());
        copyValue(bytes, layout.closeUnadj() < 0 ? layout.close() : layout.closeUnadj());
        chunks.endRow();
    }

    /** Splits on commas into fieldStarts/fieldEnds (surrounding quotes dropped); returns the field count. */
    private int split(byte[] bytes, int from, int to) {
        int count = 0;
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || bytes[i] == ',') {
                if (count == fieldStarts.length) {
                    fieldStarts = Arrays.copyOf(fieldStarts, count * 2);
                    fieldEnds = Arrays.copyOf(fieldEnds, count * 2);
                }
                int end = i;
                int fieldStart = start;
                if (end - fieldStart >= 2 && bytes[fieldStart] == '"' && bytes[end - 1] == '"') {
                    fieldStart++;
                    end--;
                }
                fieldStarts[count] = fieldStart;
                fieldEnds[count] = end;
                count++;
                start = i + 1;
            }
        }
        return count;
    }

    private void copyValue(byte[] bytes, int column) {
        chunks.value(bytes, fieldStarts[column], fieldEnds[column]);
    }

    /** The ticker id of this row, or -1 when its ticker field is blank. */
    private int tickerId(byte[] bytes, RowContext row) {
        if (!row.layout.hasTickerColumn()) {
            return row.tickerId;
        }
        int column = row.layout.ticker();
        int from = fieldStarts[column];
        int to = fieldEnds[column];
        while (from < to && bytes[from] == ' ') {
            from++;
        }
        while (to > from && bytes[to - 1] == ' ') {
            to--;
        }
        if (from == to) {
            return -1;
        }
        if (!Arrays.equals(bytes, from, to, row.tickerBytes, 0, row.tickerBytes.length)) {
            row.useTicker(new String(bytes, from, to - from, StandardCharsets.UTF_8), load);
        }
        return row.tickerId;
    }

    private String tickerText(byte[] bytes, RowContext row) {
        return row.layout.hasTickerColumn() ? field(bytes, row.layout.ticker()).strip() : "";
    }

    private double number(byte[] bytes, int column) {
        return DecimalParser.parse(bytes, fieldStarts[column], fieldEnds[column]);
    }

    /** "blank open" or "non-numeric high 'n/a'": the first value of the row that is not a number. */
    private String firstBadField(byte[] bytes, PriceFileLayout layout) {
        int[] columns = {layout.open(), layout.high(), layout.low(), layout.close(), layout.volume(), layout.closeAdj(),
            layout.closeUnadj()};
        String[] names = {"open", "high", "low", "close", "volume", "adjusted close", "unadjusted close"};
        for (int i = 0; i < columns.length; i++) {
            if (columns[i] >= 0 && Double.isNaN(number(bytes, columns[i]))) {
                String text = field(bytes, columns[i]).strip();
                return text.isEmpty() ? "blank " + names[i] : "non-numeric " + names[i] + " '" + text + "'";
            }
        }
        throw new IllegalStateException("called for a row without a bad field");
    }

    private String field(byte[] bytes, int column) {
        return new String(bytes, fieldStarts[column], fieldEnds[column] - fieldStarts[column], StandardCharsets.UTF_8);
    }

    private void reject(LineScanner lines, RowContext row, String ticker, String date, String reason) {
        if (strict) {
            throw KairosException.failure(row.fileName + " line " + lines.lineNumber() + ": " + reason
                    + ". The import stopped (--strict) and nothing was written; fix the row or import without --strict"
                    + " to quarantine bad rows.");
        }
        String raw = new String(lines.buffer(), lines.start(), lines.end() - lines.start(), StandardCharsets.UTF_8);
        load.quarantine(new QuarantinedRow(row.fileName, lines.lineNumber(), ticker, date, reason, raw));
    }

    private static long fingerprint(double open, double high, double low, double close, double volume, double closeAdj,
            double closeUnadj) {
        long hash = 17;
        hash = hash * 1_000_003L + Double.doubleToLongBits(open);
        hash = hash * 1_000_003L + Double.doubleToLongBits(high);
        hash = hash * 1_000_003L + Double.doubleToLongBits(low);
        hash = hash * 1_000_003L + Double.doubleToLongBits(close);
        hash = hash * 1_000_003L + Double.doubleToLongBits(volume);
        hash = hash * 1_000_003L + Double.doubleToLongBits(closeAdj);
        return hash * 1_000_003L + Double.doubleToLongBits(closeUnadj);
    }

    private static long place(int fileIndex, long line) {
        return ((long) fileIndex << 40) | line;
    }

    private String describe(long place) {
        return fileNames.get((int) (place >>> 40)) + " line " + (place & ((1L << 40) - 1));
    }

    private static String text(LineScanner lines) {
        return new String(lines.buffer(), lines.start(), lines.end() - lines.start(), StandardCharsets.UTF_8);
    }

    /** The symbol of a per-symbol file: the --ticker given, else the file name up to its first '-' or '.'. */
    static String tickerOf(Path file, Optional<String> ticker, String displayName) {
        if (ticker.isPresent()) {
            return ticker.get().strip().toUpperCase(Locale.ROOT);
        }
        String name = file.getFileName().toString();
        int cut = name.length();
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) == '-' || name.charAt(i) == '.') {
                cut = i;
                break;
            }
        }
        if (cut == 0) {
            throw KairosException.usage(displayName + " has no ticker column and its name gives no ticker: pass --ticker.");
        }
        return name.substring(0, cut).toUpperCase(Locale.ROOT);
    }

    private static long sizeOf(Path file, String displayName) {
        try {
            return Files.size(file);
        } catch (NoSuchFileException e) {
            throw KairosException.failure("No such price file: " + displayName + ". Check the path given to --prices.");
        } catch (IOException e) {
            throw KairosException.failure("Cannot read " + displayName + ": " + e.getMessage(), e);
        }
    }

    /** Gzip is recognised by its magic bytes, whatever the file is called. */
    static InputStream decompressed(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(2);
        boolean gzip = in.read() == 0x1f && in.read() == 0x8b;
        in.reset();
        return gzip ? new GZIPInputStream(in, 1 << 16) : in;
    }

    /** Counts the bytes read from the file, for progress on compressed input. */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                count += read;
            }
            return read;
        }
    }
}
