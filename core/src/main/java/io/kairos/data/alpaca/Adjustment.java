package io.kairos.data.alpaca;

/**
 * The three ways of asking Alpaca for bars that together give Sharadar's semantics: split-adjusted
 * open/high/low/close/volume, a close adjusted for everything, and the close as traded.
 */
enum Adjustment {
    SPLIT("split"), ALL("all"), RAW("raw");

    private final String parameter;

    Adjustment(String parameter) {
        this.parameter = parameter;
    }

    /** The value of the {@code adjustment} query parameter. */
    String parameter() {
        return parameter;
    }
}
