package io.kairos.backtest.replay;

import io.kairos.execution.fill.FillModel;

/**
 * How a replay trades.
 *
 * @param initialCash the cash the replay starts with, in dollars (rounded to cents)
 * @param fills       the fill and cost model, the simulated broker's: next open, its costs and participation cap by
 *                    default
 */
public record ReplaySettings(double initialCash, FillModel fills) {

    /** 100,000 dollars, {@link FillModel#DEFAULTS}. */
    public static final ReplaySettings DEFAULTS = new ReplaySettings(100_000, FillModel.DEFAULTS);

    public ReplaySettings {
        if (!(initialCash >= 0.01) || !Double.isFinite(initialCash)) {
            throw new IllegalArgumentException("a replay needs finite initial cash of at least a cent, got " + initialCash);
        }
        if (fills == null) {
            throw new IllegalArgumentException("a replay needs a fill model");
        }
    }
}
