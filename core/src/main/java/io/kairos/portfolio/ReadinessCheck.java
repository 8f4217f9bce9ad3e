package io.kairos.portfolio;

/**
 * One line of the readiness report.
 *
 * @param name     a stable id: data_freshness, predictions, liquidity, sectors, turnover, position_size
 * @param severity PASS, WARNING or CRITICAL
 * @param message  what was found, in the operator's words
 */
public record ReadinessCheck(String name, Severity severity, String message) {
}
