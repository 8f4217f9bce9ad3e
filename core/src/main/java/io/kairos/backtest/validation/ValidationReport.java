package io.kairos.backtest.validation;

import java.util.List;

/** validation.json: every check, and whether all passed. */
public record ValidationReport(String backtest, String model, List<ValidationCheck> checks) {

    public ValidationReport {
        checks = List.copyOf(checks);
    }

    public boolean passed() {
        return checks.stream().allMatch(ValidationCheck::passed);
    }
}
