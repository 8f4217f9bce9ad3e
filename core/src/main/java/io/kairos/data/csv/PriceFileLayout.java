package io.kairos.data.csv;

import io.kairos.KairosException;
import java.util.ArrayList;
import java.util.List;

/**
 * Which column of a price file holds what, found by header name (case, spaces and underscores
 * ignored). A file with a ticker column (Name, Ticker or Symbol) is a long file of many symbols;
 * one without it is a per-symbol file such as Yahoo's. Columns beyond these are ignored.
 *
 * @param closeAdj   "Adj Close" or "closeadj", -1 when absent (then closeadj = close)
 * @param closeUnadj "closeunadj", -1 when absent (then closeunadj = close)
 */
record PriceFileLayout(int fieldCount, int date, int open, int high, int low, int close, int volume, int ticker,
        int closeAdj, int closeUnadj) {

    static PriceFileLayout fromHeader(List<String> header, String fileName) {
        List<String> names = header.stream().map(CsvFields::normalizedName).toList();
        List<String> missing = new ArrayList<>();
        int date = required(names, "date", missing);
        int open = required(names, "open", missing);
        int high = required(names, "high", missing);
        int low = required(names, "low", missing);
        int close = required(names, "close", missing);
        int volume = required(names, "volume", missing);
        if (!missing.isEmpty()) {
            throw KairosException.failure(fileName + ": the header (line 1) lacks the column(s) " + String.join(", ", missing)
                    + ". A price file needs Date, Open, High, Low, Close, Volume and, when it holds several symbols,"
                    + " a ticker column (Name, Ticker or Symbol). Found: " + String.join(", ", header) + ".");
        }
        return new PriceFileLayout(header.size(), date, open, high, low, close, volume,
                CsvFields.indexOfAny(names, "name", "ticker", "symbol"), CsvFields.indexOfAny(names, "adjclose", "closeadj"), CsvFields.indexOfAny(names, "closeunadj"));
    }

    boolean hasTickerColumn() {
        return ticker >= 0;
    }

    private static int required(List<String> names, String name, List<String> missing) {
        int index = names.indexOf(name);
        if (index < 0) {
            missing.add(name);
        }
        return index;
    }

}
