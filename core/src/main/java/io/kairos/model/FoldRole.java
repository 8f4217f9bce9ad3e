package io.kairos.model;

/** What a walk-forward fold is for. */
public enum FoldRole {
    /** Hyperparameters are chosen on its validation dates. */
    TUNING,
    /** Never seen by tuning: its metrics are the honest out-of-sample estimate. */
    TEST;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
