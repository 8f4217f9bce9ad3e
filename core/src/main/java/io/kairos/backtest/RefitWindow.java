package io.kairos.backtest;

import java.time.LocalDate;
import java.util.List;

/**
 * One model of the walk-forward: trained as of {@code refit} on labels that ended by then, used for the rebalance
 * days from {@code refit} up to the next refit.
 *
 * @param testAuc  the model's own test-fold AUC from training (null when undefined)
 * @param skipped  rebalance days whose picks were refused (readiness), with the reason: the holdings stay
 */
public record RefitWindow(LocalDate refit, String modelId, List<LocalDate> rebalanceDays, Double testAuc, String calibration,
        List<String> skipped) {

    public RefitWindow {
        rebalanceDays = List.copyOf(rebalanceDays);
        skipped = List.copyOf(skipped);
    }
}
