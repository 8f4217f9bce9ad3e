package io.kairos.research.smallaccount;

/** Why a trade ended. */
public enum ExitReason {
    /** The fixed stop, {@code stop_pct} below the entry (or {@code reduced_stop_pct} while reduced). */
    STOP,
    /** The trailing stop, {@code trail_pct} below the highest high, once a close was {@code trail_trigger} above the entry. */
    TRAILING_STOP,
    /** {@code time_stop_sessions} sessions held: sold at the next open. */
    TIME_STOP,
    /** The strategy's exit signal: sold at the next open. */
    SIGNAL,
    /** Halving at {@code reduce_drawdown} sold the last share (a position of one share). */
    REDUCE,
    /** The drawdown reached {@code liquidate_drawdown}: everything sold at the next open. */
    LIQUIDATION,
    /** Still open on the last bar: valued and closed at its close. */
    END_OF_DATA
}
