package io.kairos.research.scan;

/**
 * One ticker's figures over the lookback ending on the scan date (docs/STRATEGY_LAB.md).
 *
 * @param adv           dollars: mean of close * volume over the lookback's sessions
 * @param atrPct        percent: mean true range over the lookback / last close * 100
 * @param returnPct     percent: (last close / close of the session before the lookback - 1) * 100
 * @param volumeSurge   last session's volume / mean volume over the lookback
 * @param lastClose     close on the scan date
 */
public record TickerMetrics(String ticker, double adv, double atrPct, double returnPct, double volumeSurge, double lastClose,
        boolean passesLiquidity, boolean passesMovement) {

    /** Both screens pass: the name belongs on the screen list. */
    public boolean passes() {
        return passesLiquidity && passesMovement;
    }
}
