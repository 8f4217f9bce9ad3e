package io.kairos.data.alpaca;

import io.kairos.KairosException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The bars of one adjustment for a batch of symbols, gathered across pages: a symbol's series can
 * continue on the next page, so bars are appended to what the symbol already has.
 */
final class BarsPass {

    private final Adjustment adjustment;
    private final Map<String, NavigableMap<LocalDate, DailyBar>> bySymbol = new HashMap<>();

    BarsPass(Adjustment adjustment) {
        this.adjustment = adjustment;
    }

    void add(String symbol, DailyBar bar) {
        DailyBar earlier = bySymbol.computeIfAbsent(symbol, s -> new TreeMap<>()).putIfAbsent(bar.date(), bar);
        if (earlier != null) {
            throw KairosException.failure("Alpaca returned two daily bars with adjustment=" + adjustment.parameter()
                    + " for " + symbol + " on " + bar.date() + "; nothing was written. Run the command again.");
        }
    }

    Adjustment adjustment() {
        return adjustment;
    }

    /** The symbol's bars by date, empty when Alpaca returned none. */
    NavigableMap<LocalDate, DailyBar> bars(String symbol) {
        return bySymbol.getOrDefault(symbol, Collections.emptyNavigableMap());
    }
}
