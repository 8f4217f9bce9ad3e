package io.kairos.research;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One run of one strategy on one symbol: what was run, its metrics, its closed trades, the position left open, and
 * the end-of-bar value of every bar (cash plus position times the close), warm-up included.
 *
 * @param firstBar   the first bar on which the strategy could act (every indicator has a value); the bar count if none
 * @param rejected   entry orders the broker refused for want of cash
 */
public record ResearchResult(String symbol, String strategy, Map<String, Number> parameters, ResearchSettings settings,
        int firstBar, List<LocalDate> dates, double[] equity, List<Trade> trades, Optional<OpenPosition> open, int rejected,
        ResearchMetrics metrics) {

    public ResearchResult {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        trades = List.copyOf(trades);
    }

    /** {@code sma_cross:fast=10,slow=30}. */
    public StrategySpec spec() {
        return new StrategySpec(strategy, parameters);
    }
}
