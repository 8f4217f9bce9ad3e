package io.kairos.ops.health;

import io.kairos.execution.Account;
import io.kairos.execution.Broker;
import io.kairos.risk.DrawdownGuard;
import io.kairos.risk.EquityPeak;
import io.kairos.risk.RiskFigures;
import io.kairos.risk.RiskLimits;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/** The broker component: the account's equity, positions and drawdown from the recorded peak. */
final class AccountHealth {

    private final EquityPeak peak;
    private final RiskLimits limits;

    AccountHealth(EquityPeak peak, RiskLimits limits) {
        this.peak = peak;
        this.limits = limits;
    }

    /**
     * FAIL when the broker cannot be reached, the account is blocked or its equity is not positive, or the drawdown
     * from the recorded peak is beyond risk.max_drawdown_pct; else OK. Reads only: the peak is not raised here.
     */
    HealthComponent broker(Broker broker) {
        String name = broker.name() + (broker.paper() ? " (paper)" : " (LIVE)");
        Account account;
        int positions;
        try {
            account = broker.account();
            positions = broker.positions().size();
        } catch (RuntimeException e) {
            return new HealthComponent("broker", HealthState.FAIL, name + " cannot be reached: " + e.getMessage());
        }
        BigDecimal equity = account.equity();
        Map<Reading, Double> readings = new EnumMap<>(Reading.class);
        readings.put(Reading.ACCOUNT_EQUITY_DOLLARS, equity.doubleValue());
        readings.put(Reading.ACCOUNT_POSITIONS, (double) positions);
        String measured = name + ": equity " + equity.toPlainString() + ", " + positions + (positions == 1 ? " position" : " positions");
        if (account.blocked()) {
            return new HealthComponent("broker", HealthState.FAIL, measured + "; the account is blocked by the broker", readings);
        }
        if (equity.signum() <= 0) {
            return new HealthComponent("broker", HealthState.FAIL, measured + "; equity is not positive", readings);
        }
        BigDecimal top = peak.current().map(EquityPeak.Recorded::peak).filter(recorded -> recorded.compareTo(equity) > 0).orElse(equity);
        BigDecimal drawdown = DrawdownGuard.drawdown(equity, top);
        readings.put(Reading.ACCOUNT_DRAWDOWN_RATIO, drawdown.doubleValue());
        String withDrawdown = measured + ", drawdown " + RiskFigures.percent(drawdown) + " from the peak " + top.toPlainString();
        if (drawdown.compareTo(limits.maxDrawdownPct()) > 0) {
            return new HealthComponent("broker", HealthState.FAIL, withDrawdown + ", beyond risk.max_drawdown_pct "
                    + RiskFigures.limit(limits.maxDrawdownPct()), readings);
        }
        return new HealthComponent("broker", HealthState.OK, withDrawdown, readings);
    }
}
