package io.kairos.risk;

import io.kairos.execution.Account;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Trips the kill switch by itself when the account loses too much: the day's loss, 1 - equity / lastEquity,
 * beyond {@code max_daily_loss_pct}, or the drawdown from the recorded peak, 1 - equity / peak, beyond
 * {@code max_drawdown_pct}. Both comparisons are exact ("beyond" is strictly above the limit): a loss of
 * exactly the limit does not trip.
 */
public final class DrawdownGuard {

    static final String TRIPPED_BY = "drawdown guard";
    private static final MathContext RATIO = MathContext.DECIMAL64;

    private final RiskLimits limits;
    private final EquityPeak peak;
    private final KillSwitch killSwitch;

    public DrawdownGuard(RiskLimits limits, EquityPeak peak, KillSwitch killSwitch) {
        this.limits = limits;
        this.peak = peak;
        this.killSwitch = killSwitch;
    }

    /**
     * Records the account's equity as the new peak when it is one, measures the day's loss and the drawdown,
     * and trips the kill switch (with the figures as its reason) when either is beyond its limit. The day's
     * loss is not measured when lastEquity is not positive (a new account). Equity that is not positive trips it.
     */
    public LossReading check(Account account) {
        BigDecimal equity = account.equity();
        BigDecimal lastEquity = account.lastEquity();
        if (equity.signum() <= 0) {
            String tripped = "equity " + equity.toPlainString() + " is not positive: no loss can be measured and no order sized";
            killSwitch.trip(tripped, TRIPPED_BY);
            return new LossReading(equity, lastEquity, peak.current().map(EquityPeak.Recorded::peak).orElse(null), null, null, tripped);
        }
        BigDecimal peakEquity = peak.record(equity).peak();
        List<String> reasons = new ArrayList<>();
        BigDecimal dailyLoss = null;
        if (lastEquity != null && lastEquity.signum() > 0) {
            dailyLoss = loss(equity, lastEquity);
            if (beyond(equity, lastEquity, limits.maxDailyLossPct())) {
                reasons.add("daily loss " + RiskFigures.percent(dailyLoss) + " is beyond risk.max_daily_loss_pct "
                        + RiskFigures.limit(limits.maxDailyLossPct())
                        + " (equity " + equity.toPlainString() + ", previous close " + lastEquity.toPlainString() + ")");
            }
        }
        BigDecimal drawdown = drawdown(equity, peakEquity);
        if (beyond(equity, peakEquity, limits.maxDrawdownPct())) {
            reasons.add("drawdown " + RiskFigures.percent(drawdown) + " from the peak " + peakEquity.toPlainString()
                    + " is beyond risk.max_drawdown_pct " + RiskFigures.limit(limits.maxDrawdownPct()) + " (equity "
                    + equity.toPlainString() + ")");
        }
        String tripped = reasons.isEmpty() ? null : String.join("; ", reasons);
        if (tripped != null) {
            killSwitch.trip(tripped, TRIPPED_BY);
        }
        return new LossReading(equity, lastEquity, peakEquity, dailyLoss, drawdown, tripped);
    }

    /** 1 - equity / base > limit, decided without division: equity < base * (1 - limit). */
    private static boolean beyond(BigDecimal equity, BigDecimal base, BigDecimal limit) {
        return equity.compareTo(base.multiply(BigDecimal.ONE.subtract(limit))) < 0;
    }

    /** The drawdown from the peak, 1 - equity / peak (0 at the peak; the peak is positive). */
    public static BigDecimal drawdown(BigDecimal equity, BigDecimal peak) {
        return loss(equity, peak);
    }

    private static BigDecimal loss(BigDecimal equity, BigDecimal base) {
        return BigDecimal.ONE.subtract(equity.divide(base, RATIO));
    }
}
