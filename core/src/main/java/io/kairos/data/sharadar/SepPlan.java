package io.kairos.data.sharadar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SEP requests of one download and their filters. A first download asks for the date range.
 * Once the store holds Sharadar rows it asks only for rows whose {@code lastupdated} is on or after
 * the newest one stored (on, since Sharadar publishes twice an evening and rows fetched again are
 * simply replaced): that brings the new sessions and also the history Sharadar restated after
 * a split or dividend (it re-stamps those rows), which the load replaces in place. The start date
 * is then ignored, since skipping restated rows before it would leave the history half-adjusted;
 * tickers of a list that the store does not hold yet still get their date range.
 *
 * @param queries      the filters of each request, in order
 * @param updatedSince the {@code lastupdated.gte} of the incremental requests, null when none
 */
record SepPlan(List<Map<String, String>> queries, LocalDate updatedSince) {

    /** Keeps each comma-separated ticker filter well below the URL lengths that fail (QELx07). */
    static final int MAX_TICKER_FILTER_CHARS = 1500;

    static SepPlan of(SharadarRequest request, StoredSep stored) {
        boolean incremental = stored.loadedBefore() && !request.fullHistory();
        if (request.wholeUniverse()) {
            LocalDate since = incremental ? stored.newest() : null;
            return new SepPlan(List.of(filters(null, request, since)), since);
        }
        List<String> held = new ArrayList<>();
        List<String> fresh = new ArrayList<>();
        for (String ticker : request.tickers()) {
            (incremental && stored.holds(ticker) ? held : fresh).add(ticker);
        }
        LocalDate since = stored.newestOf(held);
        List<Map<String, String>> queries = new ArrayList<>();
        for (String chunk : tickerChunks(held)) {
            queries.add(filters(chunk, request, since));
        }
        for (String chunk : tickerChunks(fresh)) {
            queries.add(filters(chunk, request, null));
        }
        return new SepPlan(queries, since);
    }

    /** {@code tickers} as comma-separated filter values of at most {@link #MAX_TICKER_FILTER_CHARS} characters. */
    static List<String> tickerChunks(List<String> tickers) {
        List<String> chunks = new ArrayList<>();
        StringBuilder chunk = new StringBuilder();
        for (String ticker : tickers) {
            if (chunk.length() > 0 && chunk.length() + 1 + ticker.length() > MAX_TICKER_FILTER_CHARS) {
                chunks.add(chunk.toString());
                chunk.setLength(0);
            }
            if (chunk.length() > 0) {
                chunk.append(',');
            }
            chunk.append(ticker);
        }
        if (chunk.length() > 0) {
            chunks.add(chunk.toString());
        }
        return chunks;
    }

    private static Map<String, String> filters(String tickers, SharadarRequest request, LocalDate updatedSince) {
        Map<String, String> filters = new LinkedHashMap<>();
        if (tickers != null) {
            filters.put("ticker", tickers);
        }
        if (updatedSince != null) {
            filters.put("lastupdated.gte", updatedSince.toString());
        } else if (request.start() != null) {
            filters.put("date.gte", request.start().toString());
        }
        if (request.end() != null) {
            filters.put("date.lte", request.end().toString());
        }
        return filters;
    }
}
