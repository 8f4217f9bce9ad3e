package io.kairos.data.csv;

import io.kairos.KairosException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Reads one per-symbol price file (Yahoo's and Backtrader's {@code Date,Open,High,Low,Close,Adj Close,Volume}, gzip or
 * plain) as it is, for research: every row in file order, every date taken (no calendar filter), the numbers exactly as
 * written. Unlike an import into the store, nothing is quarantined: a bad row stops the read with its file, line and
 * field, since a research run on partial data would mislead.
 */
public final class DailyPriceFile {

    /** Receives the rows of a file in order. */
    @FunctionalInterface
    public interface RowSink {
        void row(long line, LocalDate date, double open, double high, double low, double close, double volume);
    }

    private DailyPriceFile() {
    }

    /** The symbol of the file: its name up to the first '-' or '.', upper-cased ({@code orcl-1995-2014.txt} is ORCL). */
    public static String ticker(Path file) {
        return PriceFileReader.tickerOf(file, Optional.empty(), file.toString());
    }

    /** Hands every row to {@code sink}; returns the number of rows. */
    public static long read(Path file, RowSink sink) {
        String name = file.toString();
        try (InputStream in = PriceFileReader.decompressed(Files.newInputStream(file))) {
            LineScanner lines = new LineScanner(in);
            if (!lines.next()) {
                throw KairosException.failure(name + " is empty: expected a header line (Date,Open,High,Low,Close,Volume) and rows.");
            }
            PriceFileLayout layout = PriceFileLayout.fromHeader(CsvFields.split(text(lines)), name);
            if (layout.hasTickerColumn()) {
                throw KairosException.failure(name + " has a ticker column, so it holds several symbols: give one file per symbol"
                        + " (Date,Open,High,Low,Close,Volume), or import it with kairos download --source csv and name --symbols.");
            }
            long rows = 0;
            while (lines.next()) {
                if (lines.isBlank()) {
                    continue;
                }
                List<String> fields = CsvFields.split(text(lines));
                long line = lines.lineNumber();
                if (fields.size() != layout.fieldCount()) {
                    throw KairosException.failure(name + " line " + line + ": expected " + layout.fieldCount() + " fields, found "
                            + fields.size() + ".");
                }
                sink.row(line, date(fields.get(layout.date()), name, line), number(fields, layout.open(), "Open", name, line),
                        number(fields, layout.high(), "High", name, line), number(fields, layout.low(), "Low", name, line),
                        number(fields, layout.close(), "Close", name, line), number(fields, layout.volume(), "Volume", name, line));
                rows++;
            }
            return rows;
        } catch (NoSuchFileException e) {
            throw KairosException.failure("No such price file: " + name + ". Check the path given to --prices.");
        } catch (IOException e) {
            throw KairosException.failure("Cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    private static LocalDate date(String field, String name, long line) {
        try {
            return LocalDate.parse(field.strip());
        } catch (DateTimeException e) {
            throw KairosException.failure(name + " line " + line + ": bad date '" + field.strip() + "' (expected YYYY-MM-DD).");
        }
    }

    private static double number(List<String> fields, int column, String header, String name, long line) {
        String text = fields.get(column).strip();
        try {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw KairosException.failure(name + " line " + line + ": " + header + " is " + (text.isEmpty() ? "blank" : "'" + text + "'")
                + ", not a number. Fix or remove the row.");
    }

    private static String text(LineScanner lines) {
        return new String(lines.buffer(), lines.start(), lines.end() - lines.start(), StandardCharsets.UTF_8);
    }
}
