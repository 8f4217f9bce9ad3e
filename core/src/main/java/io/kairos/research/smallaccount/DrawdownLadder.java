package io.kairos.research.smallaccount;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The drawdown rules, applied to end-of-day equity against its running peak. Each level acts once per episode:
 * the alert again only after the drawdown fell below it, the halving again only after a resume. A liquidation
 * suspends entries for the sessions after it; during them the peak follows equity, so trading restarts from the
 * equity left rather than from a drawdown that flat cash could never recover. For the same reason an account left
 * flat while reduced (every position stopped out) cools down as after a liquidation and then restarts from its
 * equity: read literally, "no entries until back within 0.5% of the peak" would block it for good.
 */
final class DrawdownLadder {

    /** What the close asks of the positions at the next open. */
    enum Action { NONE, HALVE, LIQUIDATE }

    private final SmallAccountRules rules;
    private double peak;
    private boolean alerted;
    private boolean reduced;
    private int suspendedThrough = -1;
    private LocalDate suspendedUntil;

    DrawdownLadder(SmallAccountRules rules) {
        this.rules = rules;
        this.peak = rules.startingCapital();
    }

    /**
     * Takes session {@code session}'s closing equity ({@code flat}: no position is open); records what it triggered in
     * {@code events}.
     */
    Action close(int session, List<LocalDate> dates, double equity, boolean flat, List<RiskEvent> events) {
        LocalDate date = dates.get(session);
        if (session <= suspendedThrough) {
            peak = equity;
            return Action.NONE;
        }
        peak = Math.max(peak, equity);
        double drawdown = drawdown(equity);
        if (drawdown >= rules.liquidateDrawdown()) {
            alert(date, drawdown, events);
            events.add(new RiskEvent(date, RiskEventKind.LIQUIDATE, drawdown, "drawdown " + percent(drawdown) + " >= "
                    + percent(rules.liquidateDrawdown()) + ": every position sold at the next open"));
            suspendedThrough = session + rules.suspendSessions();
            int resume = Math.min(suspendedThrough + 1, dates.size() - 1);
            suspendedUntil = dates.get(resume);
            events.add(new RiskEvent(date, RiskEventKind.SUSPEND, drawdown, "no entries for " + rules.suspendSessions()
                    + " sessions: the first entry may fill at the open of " + suspendedUntil));
            alerted = false;
            reduced = false;
            return Action.LIQUIDATE;
        }
        if (drawdown >= rules.reduceDrawdown() && !reduced) {
            alert(date, drawdown, events);
            reduced = true;
            events.add(new RiskEvent(date, RiskEventKind.HALVE, drawdown, "drawdown " + percent(drawdown) + " >= "
                    + percent(rules.reduceDrawdown()) + ": positions halved at the next open, stops " + percent(rules.reducedStopPct())
                    + ", no new entries until within " + percent(rules.resumeWithin()) + " of the peak"));
            return Action.HALVE;
        }
        if (drawdown >= rules.alertDrawdown()) {
            alert(date, drawdown, events);
        } else {
            alerted = false;
        }
        if (reduced && flat && drawdown > rules.resumeWithin()) {
            reduced = false;
            suspendedThrough = session + rules.suspendSessions();
            suspendedUntil = dates.get(Math.min(suspendedThrough + 1, dates.size() - 1));
            events.add(new RiskEvent(date, RiskEventKind.SUSPEND, drawdown, "flat while reduced: no entries for "
                    + rules.suspendSessions() + " sessions, then trading restarts from the equity left; the first entry may fill"
                    + " at the open of " + suspendedUntil));
            return Action.NONE;
        }
        if (reduced && drawdown <= rules.resumeWithin()) {
            reduced = false;
            events.add(new RiskEvent(date, RiskEventKind.RESUME, drawdown, "drawdown " + percent(drawdown) + " <= "
                    + percent(rules.resumeWithin()) + ": new entries allowed"));
        }
        return Action.NONE;
    }

    private void alert(LocalDate date, double drawdown, List<RiskEvent> events) {
        if (!alerted) {
            alerted = true;
            events.add(new RiskEvent(date, RiskEventKind.ALERT, drawdown, "drawdown " + percent(drawdown) + " >= "
                    + percent(rules.alertDrawdown())));
        }
    }

    double drawdown(double equity) {
        return 1 - equity / peak;
    }

    double peak() {
        return peak;
    }

    /** Why an entry that would fill at the open of {@code session} is refused, or null when it may fill. */
    String refusal(int session) {
        if (session <= suspendedThrough) {
            return "suspended after a liquidation: entries fill again from " + suspendedUntil;
        }
        if (reduced) {
            return "reduced: no new entries until the drawdown is back within " + percent(rules.resumeWithin());
        }
        return null;
    }

    /** The fixed stop's distance below the entry: tighter while reduced. */
    double stopPct() {
        return reduced ? rules.reducedStopPct() : rules.stopPct();
    }

    /** The trailing stop's distance below the highest high: at most the reduced stop while reduced. */
    double trailPct() {
        return reduced ? Math.min(rules.trailPct(), rules.reducedStopPct()) : rules.trailPct();
    }

    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.2f%%", fraction * 100);
    }
}
