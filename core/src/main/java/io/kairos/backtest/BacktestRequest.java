package io.kairos.backtest;

import io.kairos.backtest.replay.ReplaySettings;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * One backtest: the rebalance days from {@code start} to {@code end} of the configured frequency, a model refitted
 * every {@code refitMonths}, traded through {@code replay}'s fill model.
 *
 * @param folder where everything is written (outputs/backtest/<end>/ by default)
 */
public record BacktestRequest(LocalDate start, LocalDate end, int refitMonths, ReplaySettings replay, Path folder) {

    public BacktestRequest {
        if (start.isAfter(end)) {
            throw new IllegalArgumentException("the backtest's start " + start + " is after its end " + end);
        }
        if (refitMonths < 1) {
            throw new IllegalArgumentException("refit every 1 month or more, not " + refitMonths);
        }
    }
}
