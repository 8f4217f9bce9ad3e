package io.kairos.research.smallaccount;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One run of the small-account simulator, session by session:
 * <ol>
 *   <li>at the open: the orders of the previous close fill at the open price in this order: exits (liquidation, time
 *       stop, exit signal), halvings, stops the open gapped through, adds, entries (cut to the cash left);</li>
 *   <li>during the session: a stop at or above the low fills at the stop;</li>
 *   <li>at the close: equity, the drawdown ladder, every stop set for the next session, then the orders for the next
 *       open: time stops, exit signals, adds, entries sized from this close's equity and price.</li>
 * </ol>
 * Positions still open after the last close are sold at that close.
 */
final class SimulationRun {

    /** Whole shares of a fractional count, rounded down; a hair of floating-point noise (19.999999999) is not a share less. */
    private static final double SHARE_EPSILON = 1e-9;

    private final SmallAccountRules rules;
    private final List<SymbolFeed> feeds;
    private final List<LocalDate> dates;
    private final DrawdownLadder ladder;
    private final Map<Integer, OpenPosition> open = new TreeMap<>();
    private final List<PendingEntry> entries = new ArrayList<>();
    private final List<Trade> trades = new ArrayList<>();
    private final List<EquityPoint> equity = new ArrayList<>();
    private final List<RiskEvent> events = new ArrayList<>();
    private final List<SkippedOrder> skipped = new ArrayList<>();
    private double cash;

    /** An entry ordered at a close for the next open. */
    private record PendingEntry(int feed, int plannedShares, int shares) {
    }

    SimulationRun(SmallAccountRules rules, List<SymbolFeed> feeds) {
        this.rules = rules;
        this.feeds = feeds;
        this.dates = List.of(feeds.get(0).prices().dates());
        this.ladder = new DrawdownLadder(rules);
        this.cash = rules.startingCapital();
    }

    SmallAccountResult run() {
        for (int session = 0; session < dates.size(); session++) {
            atOpen(session);
            duringSession(session);
            atClose(session);
        }
        return new SmallAccountResult(trades, equity, events, skipped);
    }

    private PricePath prices(int feed) {
        return feeds.get(feed).prices();
    }

    private void atOpen(int session) {
        LocalDate date = dates.get(session);
        for (Iterator<OpenPosition> it = open.values().iterator(); it.hasNext(); ) {
            OpenPosition position = it.next();
            double price = prices(position.feed).open()[session];
            if (position.exitAtOpen != null) {
                exit(position, date, price, position.exitAtOpen);
                it.remove();
            } else if (position.sellAtOpen >= position.shares()) {
                exit(position, date, price, ExitReason.REDUCE);
                it.remove();
            } else if (position.sellAtOpen > 0) {
                record(position, new Fill(date, FillKind.HALVE, position.sellAtOpen, price));
                position.sellAtOpen = 0;
            }
        }
        for (Iterator<OpenPosition> it = open.values().iterator(); it.hasNext(); ) {
            OpenPosition position = it.next();
            double price = prices(position.feed).open()[session];
            if (price <= position.stop()) {
                exit(position, date, price, position.stopReason());
                it.remove();
            }
        }
        for (OpenPosition position : open.values()) {
            if (position.addAtOpen > 0) {
                double price = prices(position.feed).open()[session];
                int shares = affordable(position.addAtOpen, price);
                if (shares > 0) {
                    record(position, new Fill(date, FillKind.ADD, shares, price));
                } else {
                    skipped.add(new SkippedOrder(position.symbol, date, "add", "no cash: $" + money(cash) + " buys no share at "
                            + money(price)));
                }
                position.addAtOpen = 0;
            }
        }
        for (PendingEntry entry : entries) {
            double price = prices(entry.feed).open()[session];
            int shares = affordable(entry.shares, price);
            String symbol = prices(entry.feed).symbol();
            if (shares == 0) {
                skipped.add(new SkippedOrder(symbol, date, "entry", "no cash: $" + money(cash) + " buys no share at " + money(price)));
                continue;
            }
            if (shares < entry.shares) {
                skipped.add(new SkippedOrder(symbol, date, "entry", "cut from " + entry.shares + " to " + shares
                        + " shares: the cash left, $" + money(cash)));
            }
            OpenPosition position = new OpenPosition(entry.feed, symbol, session, date, price, shares, entry.plannedShares,
                    ladder.stopPct());
            cash -= shares * price;
            open.put(entry.feed, position);
        }
        entries.clear();
    }

    private void duringSession(int session) {
        LocalDate date = dates.get(session);
        for (Iterator<OpenPosition> it = open.values().iterator(); it.hasNext(); ) {
            OpenPosition position = it.next();
            if (prices(position.feed).low()[session] <= position.stop()) {
                exit(position, date, position.stop(), position.stopReason());
                it.remove();
            }
        }
    }

    private void atClose(int session) {
        LocalDate date = dates.get(session);
        double value = cash;
        for (OpenPosition position : open.values()) {
            value += position.shares() * prices(position.feed).close()[session];
        }
        if (session == dates.size() - 1) {
            for (OpenPosition position : open.values()) {
                exit(position, date, prices(position.feed).close()[session], ExitReason.END_OF_DATA);
            }
            open.clear();
        }
        DrawdownLadder.Action action = ladder.close(session, dates, value, open.isEmpty(), events);
        equity.add(new EquityPoint(date, cash, value, ladder.peak(), ladder.drawdown(value), open.size()));
        for (OpenPosition position : open.values()) {
            PricePath prices = prices(position.feed);
            position.atClose(prices.high()[session], prices.close()[session], ladder.stopPct(), rules.trailTrigger(), ladder.trailPct());
            orderExitsAndAdds(position, session, action);
        }
        if (session < dates.size() - 1) {
            orderEntries(session, value);
        }
    }

    private void orderExitsAndAdds(OpenPosition position, int session, DrawdownLadder.Action action) {
        SymbolFeed feed = feeds.get(position.feed);
        if (action == DrawdownLadder.Action.LIQUIDATE) {
            position.exitAtOpen = ExitReason.LIQUIDATION;
        } else if (position.sessionsHeld(session) >= rules.timeStopSessions()) {
            position.exitAtOpen = ExitReason.TIME_STOP;
        } else if (feed.exits()[session]) {
            position.exitAtOpen = ExitReason.SIGNAL;
        } else if (action == DrawdownLadder.Action.HALVE) {
            position.sellAtOpen = (position.shares() + 1) / 2;
        } else if (!position.added() && session - position.entrySession >= 1
                && session - position.entrySession <= rules.addWindowSessions()
                && feed.prices().close()[session] >= position.entryPrice * (1 + rules.addTrigger())) {
            orderAdd(position, session);
        }
    }

    private void orderAdd(OpenPosition position, int session) {
        String refusal = ladder.refusal(session + 1);
        int shares = shares(position.plannedShares * rules.addFraction());
        if (refusal != null) {
            skipped.add(new SkippedOrder(position.symbol, dates.get(session), "add", refusal));
        } else if (shares > 0) {
            position.addAtOpen = shares;
        }
    }

    private void orderEntries(int session, double value) {
        LocalDate date = dates.get(session);
        for (int feed = 0; feed < feeds.size(); feed++) {
            if (!feeds.get(feed).entries()[session]) {
                continue;
            }
            String symbol = prices(feed).symbol();
            double price = prices(feed).close()[session];
            int planned = shares(value * rules.riskPerTrade() / (price * rules.stopPct()));
            int initial = shares(planned * rules.initialFraction());
            String refusal = ladder.refusal(session + 1);
            if (refusal == null && open.containsKey(feed) && open.get(feed).exitAtOpen == null) {
                refusal = "already open";
            } else if (refusal == null && holding() >= rules.maxPositions()) {
                refusal = "max positions: " + rules.maxPositions() + " open or ordered";
            } else if (refusal == null && initial == 0) {
                refusal = "size rounds to 0 shares: risk $" + money(value * rules.riskPerTrade()) + " / (" + money(price) + " x "
                        + DrawdownLadder.percent(rules.stopPct()) + ") = " + planned + " share(s), of which the entry fraction "
                        + rules.initialFraction() + " is " + initial;
            }
            if (refusal != null) {
                skipped.add(new SkippedOrder(symbol, date, "entry", refusal));
            } else {
                entries.add(new PendingEntry(feed, planned, initial));
            }
        }
    }

    /** Positions that will be open after the next open's exits, with the entries already ordered. */
    private int holding() {
        return (int) open.values().stream().filter(position -> position.exitAtOpen == null).count() + entries.size();
    }

    private void exit(OpenPosition position, LocalDate date, double price, ExitReason reason) {
        Fill fill = new Fill(date, FillKind.EXIT, position.shares(), price);
        cash += fill.cashFlow();
        trades.add(position.close(fill, reason));
    }

    private void record(OpenPosition position, Fill fill) {
        cash += fill.cashFlow();
        position.fill(fill);
    }

    /** {@code shares}, or fewer when the cash does not cover them (a cash account: no margin). */
    private int affordable(int shares, double price) {
        return Math.min(shares, shares(cash / price));
    }

    static int shares(double count) {
        return (int) Math.floor(count + SHARE_EPSILON);
    }

    private static String money(double dollars) {
        return String.format(Locale.ROOT, "%.2f", dollars);
    }
}
