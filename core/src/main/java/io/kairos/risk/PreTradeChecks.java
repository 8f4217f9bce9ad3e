package io.kairos.risk;

import io.kairos.calendar.NyseCalendar;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks every order passes before it reaches the broker (docs/SAFETY.md): the kill switch, the
 * account, the symbol, the reference price's age, the position's size, the number of positions, the
 * sector's exposure and the buying power. Every check runs for every order, so a verdict names all that is
 * wrong at once. Fail-safe: a check that throws rejects the order.
 */
public final class PreTradeChecks {

    private final List<PreTradeCheck> checks;

    public PreTradeChecks(RiskLimits limits, KillSwitch killSwitch, NyseCalendar calendar) {
        this.checks = List.of(
                new KillSwitchCheck(killSwitch),
                new AccountCheck(),
                new TradableCheck(),
                new PriceAgeCheck(calendar, limits.maxPriceAgeSessions()),
                new PositionSizeCheck(limits.maxPositionPct()),
                new PositionCountCheck(limits.maxPortfolioPositions()),
                new SectorExposureCheck(limits.maxSectorExposure()),
                new BuyingPowerCheck());
    }

    /** Runs every check on the order; never throws for what the input holds. */
    public PreTradeVerdict check(PreTradeInput input) {
        List<CheckResult> results = new ArrayList<>();
        for (PreTradeCheck check : checks) {
            results.add(failSafe(check, input));
        }
        return new PreTradeVerdict(input.order().clientOrderId(), input.order().symbol(), results);
    }

    private static CheckResult failSafe(PreTradeCheck check, PreTradeInput input) {
        try {
            return check.evaluate(input);
        } catch (RuntimeException e) {
            return CheckResult.reject(check.name(), "check " + check.name() + " failed: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }
}
