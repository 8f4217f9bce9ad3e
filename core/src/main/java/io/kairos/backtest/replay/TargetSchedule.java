package io.kairos.backtest.replay;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The weights to hold from each rebalance date on: by ticker, fractions of the equity at that date's close, long
 * only, summing to at most 1 (the rest stays in cash). A name held but not in a date's weights is sold; an empty map
 * sells everything. Dates and tickers are kept sorted, so nothing downstream depends on a map's iteration order.
 */
public final class TargetSchedule {

    /** How far above 1 a sum of weights may be: the rounding of weights that sum to 1 in decimal. */
    static final double SUM_TOLERANCE = 1e-9;

    private final NavigableMap<LocalDate, Map<String, Double>> targets = new TreeMap<>();

    public TargetSchedule(Map<LocalDate, Map<String, Double>> targets) {
        targets.forEach((date, weights) -> {
            if (date == null || weights == null) {
                throw new IllegalArgumentException("every rebalance needs a date and its weights (empty for all cash)");
            }
            double sum = 0;
            for (Map.Entry<String, Double> weight : weights.entrySet()) {
                Double w = weight.getValue();
                if (weight.getKey() == null || weight.getKey().isBlank() || w == null || !(w >= 0) || !Double.isFinite(w)) {
                    throw new IllegalArgumentException("weight of " + weight.getKey() + " on " + date
                            + " must be finite and not negative (long only), got " + w);
                }
                sum += w;
            }
            if (sum > 1 + SUM_TOLERANCE) {
                throw new IllegalArgumentException("weights on " + date + " sum to " + sum + ": at most 1, the rest being cash");
            }
            this.targets.put(date, Collections.unmodifiableMap(new TreeMap<>(weights)));
        });
    }

    /** The weights by rebalance date, dates ascending, each date's tickers in name order. */
    public NavigableMap<LocalDate, Map<String, Double>> byDate() {
        return Collections.unmodifiableNavigableMap(targets);
    }
}
