package io.kairos.research.assemble;

import io.kairos.KairosException;
import io.kairos.data.csv.DailyPriceFile;
import io.kairos.research.Bars;
import io.kairos.research.PriceFileBars;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Where the bars of the chosen symbols come from: price files or the store, as for {@code kairos research}. */
@FunctionalInterface
public interface BarsSource {

    /**
     * The bars of each symbol from {@code start} to {@code end}, in the order given.
     *
     * @throws KairosException (failure) naming a symbol without bars in the range
     */
    List<Bars> load(List<String> symbols, LocalDate start, LocalDate end);

    /** Per-symbol price files ({@link PriceFileBars}); only the chosen symbols' files are read; a symbol none of them gives is a failure. */
    static BarsSource files(List<Path> files) {
        return (symbols, start, end) -> {
            List<Path> needed = files.stream().filter(file -> symbols.contains(DailyPriceFile.ticker(file))).toList();
            Map<String, Bars> bySymbol = PriceFileBars.readAll(needed, start, end).stream()
                    .collect(Collectors.toMap(Bars::symbol, Function.identity()));
            return symbols.stream().map(symbol -> {
                Bars bars = bySymbol.get(symbol);
                if (bars == null) {
                    throw KairosException.failure("No price file for " + symbol + " among --prices " + files
                            + ": give its file (the symbol is the file name up to its first '-' or '.').");
                }
                return bars;
            }).toList();
        };
    }
}
