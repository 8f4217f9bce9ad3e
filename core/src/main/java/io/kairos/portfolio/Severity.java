package io.kairos.portfolio;

/** How much a readiness check's outcome matters: CRITICAL blocks the rebalance (exit 3). */
public enum Severity {
    PASS,
    WARNING,
    CRITICAL
}
