package io.kairos.data.synthetic;

import io.kairos.KairosException;

/**
 * What synthetic market to generate: how many names, over how many years, from which seed. The
 * same spec over the same sessions always gives the same rows.
 *
 * @param tickers names to generate, listed and delisted ones included (1 to 20000)
 * @param years   length of the history in years; the caller turns it into sessions (1 to 40)
 * @param seed    the seed every random stream is derived from
 */
public record SyntheticSpec(int tickers, int years, long seed) {

    public static final int DEFAULT_TICKERS = 1000;
    public static final int DEFAULT_YEARS = 10;
    public static final long DEFAULT_SEED = 42;
    public static final int MAX_TICKERS = 20_000;
    public static final int MAX_YEARS = 40;

    public static final SyntheticSpec DEFAULTS = new SyntheticSpec(DEFAULT_TICKERS, DEFAULT_YEARS, DEFAULT_SEED);

    public SyntheticSpec {
        if (tickers < 1 || tickers > MAX_TICKERS) {
            throw KairosException.usage("The synthetic market needs between 1 and " + MAX_TICKERS
                    + " tickers, got " + tickers + ".");
        }
        if (years < 1 || years > MAX_YEARS) {
            throw KairosException.usage("The synthetic market spans between 1 and " + MAX_YEARS
                    + " years, got " + years + ".");
        }
    }
}
