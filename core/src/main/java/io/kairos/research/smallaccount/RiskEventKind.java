package io.kairos.research.smallaccount;

/** What the drawdown ladder did at a close. */
public enum RiskEventKind {
    /** The drawdown reached {@code alert_drawdown}. */
    ALERT,
    /** It reached {@code reduce_drawdown}: positions halved and stops tightened at the next open, entries stopped. */
    HALVE,
    /** Back within {@code resume_within} of the peak: entries allowed again. */
    RESUME,
    /** It reached {@code liquidate_drawdown}: every position sold at the next open. */
    LIQUIDATE,
    /** No entries for {@code suspend_sessions} sessions after a liquidation. */
    SUSPEND
}
