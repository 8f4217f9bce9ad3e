package io.kairos.research.scan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Ranks the scanned tickers into the three lists, {@code top} rows each, ties broken by ticker so the order is the same
 * every run:
 * <ul>
 *   <li>screen: names passing both screens, by score = (rank by ATR%, highest first) + (rank by ADV, highest first),
 *       both ranks taken among the passing names; the lower score first, then the higher ATR%;</li>
 *   <li>mover: every name with a full lookback, by absolute return, largest first;</li>
 *   <li>volume: every name with a full lookback, by ADV, highest first.</li>
 * </ul>
 */
final class ScanRanking {

    private ScanRanking() {
    }

    static List<Candidate> rank(List<TickerMetrics> metrics, int top) {
        List<Candidate> candidates = new ArrayList<>();
        add(candidates, ScanList.SCREEN, screen(metrics), top);
        add(candidates, ScanList.MOVER, sorted(metrics, descending(row -> Math.abs(row.returnPct()))), top);
        add(candidates, ScanList.VOLUME, sorted(metrics, descending(TickerMetrics::adv)), top);
        return candidates;
    }

    private static List<TickerMetrics> screen(List<TickerMetrics> metrics) {
        List<TickerMetrics> passing = metrics.stream().filter(TickerMetrics::passes).toList();
        Map<String, Integer> byAtr = places(sorted(passing, descending(TickerMetrics::atrPct)));
        Map<String, Integer> byAdv = places(sorted(passing, descending(TickerMetrics::adv)));
        return sorted(passing, Comparator.comparingInt((TickerMetrics row) -> byAtr.get(row.ticker()) + byAdv.get(row.ticker()))
                .thenComparing(descending(TickerMetrics::atrPct)));
    }

    /** Each ticker's place (from 1) in an ordered list. */
    private static Map<String, Integer> places(List<TickerMetrics> ordered) {
        Map<String, Integer> places = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            places.put(ordered.get(i).ticker(), i + 1);
        }
        return places;
    }

    /** Highest first; a missing value (NaN) last. */
    private static Comparator<TickerMetrics> descending(ToDoubleFunction<TickerMetrics> value) {
        return Comparator.comparingDouble((TickerMetrics row) -> {
            double number = value.applyAsDouble(row);
            return Double.isNaN(number) ? Double.POSITIVE_INFINITY : -number;
        });
    }

    private static List<TickerMetrics> sorted(List<TickerMetrics> rows, Comparator<TickerMetrics> order) {
        return rows.stream().sorted(order.thenComparing(TickerMetrics::ticker)).toList();
    }

    private static void add(List<Candidate> candidates, ScanList list, List<TickerMetrics> ordered, int top) {
        for (int i = 0; i < Math.min(top, ordered.size()); i++) {
            candidates.add(new Candidate(i + 1, list, ordered.get(i)));
        }
    }
}
