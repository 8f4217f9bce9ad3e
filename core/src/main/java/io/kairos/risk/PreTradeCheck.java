package io.kairos.risk;

/** One pre-trade check: passes an order or rejects it with a one-line reason. */
interface PreTradeCheck {

    /** The check's id in verdicts and the audit log, e.g. {@code position_size}. */
    String name();

    CheckResult evaluate(PreTradeInput input);
}
