package io.kairos.research.smallaccount;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A position while it is open: its fills, its stop and the orders it has for the next open. The stop is set at each
 * close and used through the next session; it only ever rises.
 */
final class OpenPosition {

    final int feed;
    final String symbol;
    final int entrySession;
    final double entryPrice;
    /** The risk-sized shares at the signal; the entry and the add are fractions of these. */
    final int plannedShares;
    private final List<Fill> fills = new ArrayList<>();
    private int shares;
    private boolean added;
    private boolean trailing;
    private double highestHigh;
    private double stop;
    private ExitReason stopReason = ExitReason.STOP;

    /** Orders for the next open: sell everything (with this reason), sell this many, buy this many. */
    ExitReason exitAtOpen;
    int sellAtOpen;
    int addAtOpen;

    OpenPosition(int feed, String symbol, int session, LocalDate date, double price, int shares, int plannedShares, double stopPct) {
        this.feed = feed;
        this.symbol = symbol;
        this.entrySession = session;
        this.entryPrice = price;
        this.plannedShares = plannedShares;
        this.stop = price * (1 - stopPct);
        this.highestHigh = price;
        fill(new Fill(date, FillKind.ENTRY, shares, price));
    }

    void fill(Fill fill) {
        fills.add(fill);
        shares += fill.kind().buy() ? fill.shares() : -fill.shares();
        added |= fill.kind() == FillKind.ADD;
    }

    int shares() {
        return shares;
    }

    boolean added() {
        return added;
    }

    double stop() {
        return stop;
    }

    ExitReason stopReason() {
        return stopReason;
    }

    /** Sessions held through {@code session}'s close, the entry session being the first. */
    int sessionsHeld(int session) {
        return session - entrySession + 1;
    }

    /**
     * At a close: the highest high grows, the trail starts once the close is {@code trailTrigger} above the entry,
     * and the stop rises to the higher of the fixed and the trailing level (never falls).
     */
    void atClose(double high, double close, double stopPct, double trailTrigger, double trailPct) {
        highestHigh = Math.max(highestHigh, high);
        trailing |= close >= entryPrice * (1 + trailTrigger);
        double fixed = entryPrice * (1 - stopPct);
        if (fixed > stop) {
            stop = fixed;
            stopReason = ExitReason.STOP;
        }
        double trail = highestHigh * (1 - trailPct);
        if (trailing && trail > stop) {
            stop = trail;
            stopReason = ExitReason.TRAILING_STOP;
        }
    }

    Trade close(Fill exit, ExitReason reason) {
        fill(exit);
        return new Trade(symbol, fills, reason);
    }
}
