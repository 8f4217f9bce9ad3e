package io.kairos.execution.fill;

import io.kairos.config.KairosConfig;

/**
 * What trading costs, and how much of a day's volume an order may take (docs/EXECUTION.md).
 *
 * @param commission        per share with a minimum, or basis points of the traded value
 * @param spread            the full spread; a fill pays half of it
 * @param impactCoefficient k of the square-root impact {@code k * dailyVolatility * sqrt(orderValue / adv)}
 * @param participationCap  the largest fraction of a session's volume one order takes; the rest waits for later
 *                          sessions
 */
public record CostModel(Commission commission, SpreadEstimate spread, double impactCoefficient, double participationCap) {

    static final double BPS = 10_000;

    /** 0.005 a share with a 1.00 minimum; 5% of the range, at least 2 bps; k = 0.1; 5% of the volume. */
    public static final CostModel DEFAULTS = new CostModel(new Commission.PerShare(0.005, 1.00),
            new SpreadEstimate.FromRange(0.05, 2), 0.1, 0.05);

    /** The model the configuration describes (costs.* in config/kairos.yaml). */
    public static CostModel from(KairosConfig.Costs costs) {
        Commission commission = costs.commissionBps() > 0 ? new Commission.BasisPoints(costs.commissionBps())
                : new Commission.PerShare(costs.commissionPerShare(), costs.commissionMinimum());
        SpreadEstimate spread = costs.spreadBps() > 0 ? new SpreadEstimate.Quoted(costs.spreadBps())
                : new SpreadEstimate.FromRange(costs.spreadFraction(), costs.spreadFloorBps());
        return new CostModel(commission, spread, costs.impactK(), costs.participationCap());
    }

    public CostModel {
        if (commission == null || spread == null) {
            throw new IllegalArgumentException("a cost model needs a commission and a spread estimate");
        }
        if (!(impactCoefficient >= 0) || !Double.isFinite(impactCoefficient)) {
            throw new IllegalArgumentException("the impact coefficient must be finite and not negative: " + impactCoefficient);
        }
        if (!(participationCap > 0 && participationCap <= 1)) {
            throw new IllegalArgumentException("the participation cap must be above 0 and at most 1: " + participationCap);
        }
    }
}
