package io.kairos.research.smallaccount;

/** Why shares changed hands. */
public enum FillKind {
    /** The first buy, {@code initial_fraction} of the risk-sized shares. */
    ENTRY,
    /** The second buy, {@code add_fraction} of them, after the trade gained {@code add_trigger} in time. */
    ADD,
    /** A sale of half the position when the drawdown reached {@code reduce_drawdown}. */
    HALVE,
    /** The sale of what was left. */
    EXIT;

    public boolean buy() {
        return this == ENTRY || this == ADD;
    }
}
