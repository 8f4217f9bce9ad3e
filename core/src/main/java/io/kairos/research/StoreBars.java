package io.kairos.research;

import io.kairos.KairosException;
import io.kairos.data.store.ArrowQuery;
import io.kairos.data.store.ArrowRows;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The bars of some symbols from the store's {@code sep_base} (open, high, low, close, volume as stored: split-adjusted)
 * between two dates, in one query ordered by ticker and date.
 */
public final class StoreBars {

    private static final int BATCH_ROWS = 65_536;

    private StoreBars() {
    }

    /**
     * The bars of each symbol, in the order given.
     *
     * @throws KairosException (failure) naming a symbol with no bars in the range, or a bar without an open, high or low
     */
    public static List<Bars> read(Connection store, List<String> symbols, LocalDate start, LocalDate end) {
        String list = symbols.stream().map(s -> "'" + s.replace("'", "''") + "'").collect(Collectors.joining(", "));
        Map<String, Builder> builders = new LinkedHashMap<>();
        symbols.forEach(symbol -> builders.put(symbol, new Builder(symbol)));
        ArrowQuery.forEachBatch(store, """
                SELECT ticker, date, open, high, low, close, volume FROM sep_base
                WHERE ticker IN (%s) AND date BETWEEN DATE '%s' AND DATE '%s'
                ORDER BY ticker, date""".formatted(list, start, end), BATCH_ROWS, batch -> {
                    for (int row = 0; row < batch.size(); row++) {
                        builders.get(batch.getString(0, row)).add(batch, row);
                    }
                });
        List<Bars> bars = new ArrayList<>();
        for (Builder builder : builders.values()) {
            if (builder.size == 0) {
                throw KairosException.failure("No bars for " + builder.symbol + " from " + start + " to " + end
                        + " in the store's sep_base: download them (kairos download --symbols " + builder.symbol
                        + "), pick another range, or give a price file with --prices.");
            }
            bars.add(builder.bars());
        }
        return bars;
    }

    /** Grows one symbol's arrays row by row. */
    private static final class Builder {
        final String symbol;
        LocalDate[] dates = new LocalDate[256];
        double[][] fields = new double[5][256];
        int size;

        Builder(String symbol) {
            this.symbol = symbol;
        }

        void add(ArrowRows batch, int row) {
            if (size == dates.length) {
                dates = Arrays.copyOf(dates, 2 * size);
                for (int f = 0; f < fields.length; f++) {
                    fields[f] = Arrays.copyOf(fields[f], 2 * size);
                }
            }
            dates[size] = LocalDate.ofEpochDay(batch.getInt(1, row));
            for (int f = 0; f < fields.length; f++) {
                fields[f][size] = batch.getDouble(2 + f, row);
                if (f < 4 && Double.isNaN(fields[f][size])) {
                    throw KairosException.failure(symbol + " has no " + List.of("open", "high", "low", "close").get(f) + " on "
                            + dates[size] + " in sep_base: a research run needs whole bars; fix the row or start after it.");
                }
            }
            size++;
        }

        Bars bars() {
            return new Bars(symbol, Arrays.copyOf(dates, size), Arrays.copyOf(fields[0], size), Arrays.copyOf(fields[1], size),
                    Arrays.copyOf(fields[2], size), Arrays.copyOf(fields[3], size), Arrays.copyOf(fields[4], size));
        }
    }
}
