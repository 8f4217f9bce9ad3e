package io.kairos.data.store;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

/**
 * A file of price rows in {@code sep_base}'s columns and order (header line, comma-separated, no
 * quoting, ISO dates), ready for DuckDB to read.
 *
 * @param rows      its data rows
 * @param tickers   the tickers it holds
 * @param firstDate its earliest date
 * @param lastDate  its latest date
 */
public record CsvChunk(Path file, long rows, Set<String> tickers, LocalDate firstDate, LocalDate lastDate) {

    /** The header line such a file starts with. */
    public static final String HEADER = "ticker,date,open,high,low,close,volume,closeadj,closeunadj,lastupdated\n";

    public CsvChunk {
        tickers = Set.copyOf(tickers);
    }
}
