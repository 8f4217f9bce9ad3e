package io.kairos.research.smallaccount;

/**
 * A symbol's bars and its strategy's signals, one per bar: a signal on bar t's close is an order at bar t+1's open.
 *
 * @param entries buy signals
 * @param exits   sell signals (a position without one leaves by its stops)
 */
public record SymbolFeed(PricePath prices, boolean[] entries, boolean[] exits) {

    public SymbolFeed {
        if (entries.length != prices.length() || exits.length != prices.length()) {
            throw new IllegalArgumentException(prices.symbol() + ": " + entries.length + " entry and " + exits.length
                    + " exit signals for " + prices.length() + " bars; give one of each per bar");
        }
    }

    /** Entry signals only: every position leaves by its stops. */
    public static SymbolFeed entries(PricePath prices, boolean[] entries) {
        return new SymbolFeed(prices, entries, new boolean[prices.length()]);
    }
}
