package io.kairos.backtest.validation;

/**
 * One check of kairos validate.
 *
 * @param value  what was measured, null when it could not be (which fails the check)
 * @param bound  the configured threshold, with its direction ("> 0.5", "< 0.25")
 * @param source where the value was read
 */
public record ValidationCheck(String name, boolean passed, Double value, String bound, String source, String reason) {
}
