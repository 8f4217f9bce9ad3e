package io.kairos.research.smallaccount;

/**
 * The small-account risk rules (small_account.* in config/kairos.yaml, docs/STRATEGY_LAB.md). Fractions are of one:
 * 0.01 is 1%.
 *
 * @param startingCapital   dollars the account starts with
 * @param riskPerTrade      most equity one trade may lose at its stop: shares = equity * this / (entry * stopPct)
 * @param initialFraction   share of those shares bought at the entry
 * @param addFraction       share of those shares added when the trade gains {@code addTrigger} in time
 * @param addTrigger        a close this fraction above the entry fill triggers the add
 * @param addWindowSessions the sessions after the entry fill whose closes may trigger the add
 * @param maxPositions      most positions open at once
 * @param stopPct           the stop sits this fraction below the entry fill
 * @param trailTrigger      once a close is this fraction above the entry fill, the stop trails the highest high
 * @param trailPct          the trailing stop sits this fraction below the highest high since the entry
 * @param timeStopSessions  a position is closed at the open after this many sessions (the entry session is the first)
 * @param alertDrawdown     end-of-day drawdown from the equity peak that raises an alert
 * @param reduceDrawdown    drawdown that halves the positions, tightens the stops and stops new entries
 * @param reducedStopPct    the tightened stop distance (fixed and trailing) while reduced
 * @param resumeWithin      new entries resume once the drawdown is back at most this
 * @param liquidateDrawdown drawdown that closes everything and suspends trading
 * @param suspendSessions   sessions without entries from the liquidation on
 */
public record SmallAccountRules(double startingCapital, double riskPerTrade, double initialFraction, double addFraction,
        double addTrigger, int addWindowSessions, int maxPositions, double stopPct, double trailTrigger, double trailPct,
        int timeStopSessions, double alertDrawdown, double reduceDrawdown, double reducedStopPct, double resumeWithin,
        double liquidateDrawdown, int suspendSessions) {

    /** The rules: $1,000, 1% risk, 60/40 entry and add on +0.5% within 2 sessions, 3 positions, 1% stop, ... */
    public static final SmallAccountRules DEFAULTS = new SmallAccountRules(1000, 0.01, 0.6, 0.4, 0.005, 2, 3, 0.01, 0.02, 0.01, 5,
            0.01, 0.015, 0.0075, 0.005, 0.02, 2);

    /** Checks the rules against each other; a message names the small_account keys involved. */
    public SmallAccountRules {
        require(startingCapital > 0, "small_account.starting_capital (" + startingCapital + ") must be above 0");
        require(riskPerTrade > 0 && riskPerTrade < 1, "small_account.risk_per_trade (" + riskPerTrade + ") must be above 0 and below 1");
        require(initialFraction > 0 && addFraction >= 0 && initialFraction + addFraction <= 1 + 1e-9,
                "small_account.initial_fraction (" + initialFraction + ") and small_account.add_fraction (" + addFraction
                        + ") must be fractions that add up to at most 1, the entry above 0");
        require(addTrigger >= 0 && addWindowSessions >= 0, "small_account.add_trigger (" + addTrigger
                + ") and small_account.add_window_sessions (" + addWindowSessions + ") must not be negative");
        require(maxPositions >= 1, "small_account.max_positions (" + maxPositions + ") must be at least 1");
        require(stopPct > 0 && stopPct < 1, "small_account.stop_pct (" + stopPct + ") must be above 0 and below 1");
        require(trailTrigger >= 0 && trailPct > 0 && trailPct < 1, "small_account.trail_trigger (" + trailTrigger
                + ") must not be negative and small_account.trail_pct (" + trailPct + ") must be above 0 and below 1");
        require(timeStopSessions >= 1, "small_account.time_stop_sessions (" + timeStopSessions + ") must be at least 1");
        require(reducedStopPct > 0 && reducedStopPct <= stopPct, "small_account.reduced_stop_pct (" + reducedStopPct
                + ") must be above 0 and at most small_account.stop_pct (" + stopPct + "): reducing tightens the stops");
        require(alertDrawdown > 0 && alertDrawdown <= reduceDrawdown && reduceDrawdown < liquidateDrawdown && liquidateDrawdown < 1,
                "small_account.alert_drawdown (" + alertDrawdown + ") <= small_account.reduce_drawdown (" + reduceDrawdown
                        + ") < small_account.liquidate_drawdown (" + liquidateDrawdown + ") < 1 must hold, the alert above 0");
        require(resumeWithin >= 0 && resumeWithin < reduceDrawdown, "small_account.resume_within (" + resumeWithin
                + ") must be at least 0 and below small_account.reduce_drawdown (" + reduceDrawdown + ")");
        require(suspendSessions >= 0, "small_account.suspend_sessions (" + suspendSessions + ") must not be negative");
    }

    /** These rules with another starting capital (checked like the rest). */
    public SmallAccountRules withStartingCapital(double capital) {
        return new SmallAccountRules(capital, riskPerTrade, initialFraction, addFraction, addTrigger, addWindowSessions, maxPositions,
                stopPct, trailTrigger, trailPct, timeStopSessions, alertDrawdown, reduceDrawdown, reducedStopPct, resumeWithin,
                liquidateDrawdown, suspendSessions);
    }

    private static void require(boolean holds, String message) {
        if (!holds) {
            throw new IllegalArgumentException(message + ".");
        }
    }
}
