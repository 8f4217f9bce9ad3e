package io.kairos.data.sharadar;

import io.kairos.KairosException;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What to download from SHARADAR/SEP.
 *
 * @param tickers     the tickers to fetch; empty for every ticker in SEP
 * @param start       first session date of a first download; null for the whole history
 * @param end         last session date; null for the latest
 * @param fullHistory true to ignore what the store holds and fetch {@code start..end} again (a
 *                    backfill further into the past than the stored history needs it)
 */
public record SharadarRequest(List<String> tickers, LocalDate start, LocalDate end, boolean fullHistory) {

    public SharadarRequest {
        tickers = tickers == null ? List.of() : tickers.stream().map(String::trim).filter(ticker -> !ticker.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new)).stream().toList();
        if (start != null && end != null && start.isAfter(end)) {
            throw KairosException.usage("The start date " + start + " is after the end date " + end + ".");
        }
    }

    /** Whether every SEP ticker is wanted rather than a list. */
    public boolean wholeUniverse() {
        return tickers.isEmpty();
    }
}
