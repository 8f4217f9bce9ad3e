package io.kairos.research.smallaccount;

import java.util.Arrays;
import java.util.List;

/**
 * The small-account risk rules over daily bars and a strategy's signals (docs/STRATEGY_LAB.md, "Small-account risk
 * rules"): risk-sized entries in two steps, a stop on every trade, a time stop, at most {@code max_positions} open,
 * and the drawdown ladder. Deterministic: the same feeds and rules give the same result.
 *
 * <pre>{@code
 * SmallAccountResult result = new SmallAccountSimulator(config.smallAccount())
 *         .run(List.of(SymbolFeed.entries(path, signals)));
 * }</pre>
 */
public final class SmallAccountSimulator {

    private final SmallAccountRules rules;

    public SmallAccountSimulator(SmallAccountRules rules) {
        this.rules = rules;
    }

    /**
     * Runs the rules over {@code feeds}, which must share their dates (one calendar of sessions). Signals on the same
     * close are taken in the order of {@code feeds}.
     */
    public SmallAccountResult run(List<SymbolFeed> feeds) {
        if (feeds.isEmpty()) {
            throw new IllegalArgumentException("no symbols to simulate: give at least one feed");
        }
        PricePath first = feeds.get(0).prices();
        for (SymbolFeed feed : feeds) {
            if (!Arrays.equals(feed.prices().dates(), first.dates())) {
                throw new IllegalArgumentException(feed.prices().symbol() + " has other dates than " + first.symbol()
                        + ": every feed must cover the same sessions");
            }
        }
        if (first.length() == 0) {
            throw new IllegalArgumentException("no bars to simulate: the feeds are empty");
        }
        return new SimulationRun(rules, feeds).run();
    }
}
