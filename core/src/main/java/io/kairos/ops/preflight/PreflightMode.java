package io.kairos.ops.preflight;

import java.util.Locale;

/** What the operator is about to do: trade on paper (or the simulated broker) or with real money. Live is stricter. */
public enum PreflightMode {
    PAPER,
    LIVE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
