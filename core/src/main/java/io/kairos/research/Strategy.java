package io.kairos.research;

import java.util.Map;

/**
 * A long-only trading rule on one symbol's daily bars. The engine calls {@link #prepare} once with the bars of the
 * run, which computes every indicator as an array; then, bar by bar from {@link #firstBar}, it asks
 * {@link #wantsEntry} while flat and {@link #wantsExit} while long, decisions taken on bar t's close that the engine
 * turns into market orders for bar t+1's open. A decision for bar t may read the bars up to t, never later ones.
 *
 * <p>To add a family, implement this interface (keep the decisions to array reads: they run once per bar) and add a
 * {@link StrategyFamily} for it to the {@link StrategyCatalog}.
 */
public interface Strategy {

    /** The family's name, e.g. {@code sma_cross}. */
    String name();

    /** The parameters in the family's order, e.g. {@code fast=10, slow=30}. */
    Map<String, Number> parameters();

    /** Computes the indicators on these bars; the decisions below then refer to their indices. */
    void prepare(Bars bars);

    /** The first bar on which every indicator the strategy uses has a value (the size of the bars if none ever has). */
    int firstBar();

    /** Whether to buy at the next open, decided on this bar's close while flat. */
    boolean wantsEntry(int bar);

    /**
     * Whether to sell the whole position at the next open, decided on this bar's close while long.
     *
     * @param barsHeld bars since the entry fill: 0 on the bar whose open filled the entry
     */
    boolean wantsExit(int bar, int barsHeld);
}
