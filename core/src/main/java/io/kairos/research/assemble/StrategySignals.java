package io.kairos.research.assemble;

import io.kairos.research.Bars;
import io.kairos.research.Strategy;

/**
 * A strategy's decisions on each bar as entry and exit signals, for the small-account simulator: the strategy is
 * followed as the research engine follows it (one position at a time; an entry decided at t's close holds from t+1's
 * open, and {@code barsHeld} counts from that bar), except that every entry is taken as filled (no cash check).
 * {@code entries[t]} is true where the strategy, flat, decides to buy on t's close; {@code exits[t]} where, long, it
 * decides to sell. The simulator then applies its own rules: it may skip an entry or stop a position out before the
 * strategy's exit, which then finds nothing to sell.
 */
public record StrategySignals(boolean[] entries, boolean[] exits) {

    public static StrategySignals of(Strategy strategy, Bars bars) {
        strategy.prepare(bars);
        int n = bars.size();
        boolean[] entries = new boolean[n];
        boolean[] exits = new boolean[n];
        boolean holding = false;
        int entryBar = -1;
        for (int t = Math.min(strategy.firstBar(), n); t < n; t++) {
            if (!holding) {
                entries[t] = strategy.wantsEntry(t);
                if (entries[t]) {
                    holding = true;
                    entryBar = t + 1;
                }
            } else {
                exits[t] = strategy.wantsExit(t, t - entryBar);
                holding = !exits[t];
            }
        }
        return new StrategySignals(entries, exits);
    }
}
