package io.kairos.research.assemble;

import io.kairos.KairosException;

/** How the combination is backtested. */
public enum RiskMode {

    /** Each strategy in its own sleeve of {@code weight x capital} ({@link SleeveBacktest}). */
    SLEEVES("sleeves"),
    /** One account under the small-account rules, sized per trade by risk ({@link SmallAccountBacktest}). */
    SMALL_ACCOUNT("small-account");

    private final String id;

    RiskMode(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** @throws KairosException (usage) naming the known modes */
    public static RiskMode parse(String text) {
        for (RiskMode mode : values()) {
            if (mode.id.equals(text.strip())) {
                return mode;
            }
        }
        throw KairosException.usage("--risk takes sleeves or small-account, not '" + text + "'.");
    }
}
