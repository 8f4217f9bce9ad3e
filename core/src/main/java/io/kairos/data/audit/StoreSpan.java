package io.kairos.data.audit;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * What the audited store holds.
 *
 * @param firstDate the earliest stored date, null for an empty store
 * @param lastDate  the latest stored date, null for an empty store
 */
public record StoreSpan(long rows, int tickers, LocalDate firstDate, LocalDate lastDate) {

    static StoreSpan of(List<TickerSpan> spans) {
        return new StoreSpan(spans.stream().mapToLong(TickerSpan::rows).sum(), spans.size(),
                spans.stream().map(TickerSpan::firstDate).min(Comparator.naturalOrder()).orElse(null),
                spans.stream().map(TickerSpan::lastDate).max(Comparator.naturalOrder()).orElse(null));
    }

    boolean isEmpty() {
        return rows == 0;
    }
}
