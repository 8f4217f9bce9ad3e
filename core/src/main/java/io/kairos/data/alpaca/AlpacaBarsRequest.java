package io.kairos.data.alpaca;

import io.kairos.KairosException;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Which daily bars to download.
 *
 * @param symbols the symbols, at least one
 * @param start   the first session date
 * @param end     the last session date; null for the latest Alpaca serves
 */
public record AlpacaBarsRequest(List<String> symbols, LocalDate start, LocalDate end) {

    public AlpacaBarsRequest {
        symbols = symbols == null ? List.of() : symbols.stream().map(String::trim).filter(symbol -> !symbol.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new)).stream().toList();
        if (symbols.isEmpty()) {
            throw KairosException.usage("Alpaca daily bars need at least one symbol.");
        }
        if (start == null) {
            throw KairosException.usage("Alpaca daily bars need a start date.");
        }
        if (end != null && start.isAfter(end)) {
            throw KairosException.usage("The start date " + start + " is after the end date " + end + ".");
        }
    }
}
