package io.kairos.backtest.replay;

import io.kairos.KairosException;
import io.kairos.backtest.metrics.DailyPoint;
import io.kairos.backtest.metrics.RebalanceRecord;
import io.kairos.execution.OrderPlanner;
import io.kairos.execution.OrderSide;
import io.kairos.execution.fill.Bar;
import io.kairos.execution.fill.Fill;
import io.kairos.execution.fill.FillModel;
import io.kairos.execution.fill.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Replays a portfolio day by day over a price panel (docs/BACKTEST.md): at each rebalance date's close, orders from
 * the target weights, sized as execute sizes them ({@link OrderPlanner#targetQty}) and sequenced as it sequences them
 * (sells, then buys, each by ticker); on the following sessions, fills through the simulated broker's
 * {@link FillModel}, a buy never spending more than the cash; on every session, dividends credited, delisted holdings
 * closed and the book marked to market at the close. Only what is known at each close is used: the decision sees
 * that close, the fills the sessions after it.
 *
 * <p>The daily work over the held names and the benchmark's loop over every ticker use primitive arrays only;
 * objects are made on rebalance dates and fills.
 */
public final class PortfolioReplay {

    /** How near an integer a share count in doubles must be to be sized in decimals instead. */
    private static final double EXACT_NEAR = 1e-9;

    private final PricePanel panel;
    private final FillModel fills;
    /** The weights decided at each session's close, null on the sessions that are not rebalance dates. */
    private final List<Targets> decisions;
    private final RoundTrips trips;
    private final Book book;
    private final PositionLog positions;
    private final TradingHistory history;
    private final List<ReplayFill> filled = new ArrayList<>();
    private final List<RebalanceRecord> rebalances = new ArrayList<>();
    private List<OpenOrder> orders = new ArrayList<>();
    private RebalanceTally tally;

    private PortfolioReplay(PricePanel panel, TargetSchedule schedule, ReplaySettings settings) {
        if (panel.sessions() == 0) {
            throw new IllegalArgumentException("a replay needs a panel with at least one session");
        }
        this.panel = panel;
        this.fills = settings.fills();
        this.decisions = decisions(panel, schedule);
        this.trips = new RoundTrips(panel);
        this.book = new Book(panel, trips, Math.round(settings.initialCash() * 100));
        this.positions = new PositionLog(panel);
        this.history = new TradingHistory(panel);
    }

    /**
     * @param schedule its dates must be sessions of the panel, its tickers names of the panel
     */
    public static ReplayResult run(PricePanel panel, TargetSchedule schedule, ReplaySettings settings) {
        return new PortfolioReplay(panel, schedule, settings).replay();
    }

    private static List<Targets> decisions(PricePanel panel, TargetSchedule schedule) {
        List<Targets> decisions = new ArrayList<>(Collections.nCopies(panel.sessions(), null));
        schedule.byDate().forEach((date, weights) -> {
            int session = panel.session(date);
            if (session == PricePanel.NONE) {
                throw new IllegalArgumentException("rebalance date " + date + " is not a session of the panel (" + panel.date(0)
                        + " to " + panel.date(panel.sessions() - 1) + ")");
            }
            decisions.set(session, Targets.of(panel, date, weights));
        });
        return decisions;
    }

    private ReplayResult replay() {
        int sessions = panel.sessions();
        double[] equity = new double[sessions];
        double[] benchmark = new double[sessions];
        double[] gross = new double[sessions];
        long[] cash = new long[sessions];
        for (int s = 0; s < sessions; s++) {
            if (s > 0) {
                benchmark[s] = EqualWeightBenchmark.dailyReturn(panel.closeadjs(s - 1), panel.closeadjs(s));
                closeDelisted(s);
                book.creditDividends(s);
                if (!orders.isEmpty()) {
                    fill(s);
                }
            }
            double value = book.markToMarket(s, positions);
            cash[s] = book.cashCents();
            equity[s] = book.cash() + value;
            gross[s] = value / equity[s];
            if (decisions.get(s) != null) {
                rebalance(s, equity[s]);
            }
        }
        if (tally != null) {
            rebalances.add(tally.record());
        }
        List<DailyPoint> points = new ArrayList<>(sessions);
        List<Double> cashAtClose = new ArrayList<>(sessions);
        for (int s = 0; s < sessions; s++) {
            points.add(new DailyPoint(panel.date(s), equity[s], benchmark[s], gross[s]));
            cashAtClose.add(cash[s] / 100.0);
        }
        return new ReplayResult(List.copyOf(points), List.copyOf(cashAtClose), List.copyOf(rebalances), trips.closed(),
                List.copyOf(filled), positions.view(), (long) sessions * panel.tickers());
    }

    /**
     * Closes, without costs, every holding whose ticker had its last bar on an earlier session: at its last close (to
     * 4 decimals), on the first session after it. Its open orders go with it.
     */
    private void closeDelisted(int session) {
        int i = 0;
        while (i < book.holdings()) {
            int t = book.held(i);
            if (panel.lastBar(t) >= session) {
                i++;
                continue;
            }
            long shares = book.qty(t);
            BigDecimal price = Money.price(book.mark(t));
            BigDecimal proceeds = Money.dollars(price.multiply(BigDecimal.valueOf(shares)));
            filled.add(new ReplayFill(panel.date(session), panel.ticker(t), ReplayFill.Cause.DELISTED, OrderSide.SELL, shares, price,
                    price, BigDecimal.ZERO.setScale(Money.CENTS), BigDecimal.ZERO.setScale(Money.CENTS),
                    BigDecimal.ZERO.setScale(Money.CENTS), proceeds));
            book.trade(session, t, OrderSide.SELL, shares, cents(proceeds));
            orders.removeIf(order -> order.ticker == t);
        }
    }

    /** One session of the open orders, in their order (sells, then buys, each by ticker). */
    private void fill(int session) {
        LocalDate date = panel.date(session);
        for (int i = 0; i < orders.size(); i++) {
            OpenOrder order = orders.get(i);
            int t = order.ticker;
            long wanted = order.side == OrderSide.SELL ? Math.min(order.remaining, book.qty(t)) : order.remaining;
            Bar bar = wanted > 0 ? bar(session, t) : null;
            if (bar == null) {
                continue;
            }
            history.measure(t, session, bar);
            Fill fill = fills.fill(order.side, BigDecimal.valueOf(wanted), bar, history.dailyVolatility(), history.adv());
            if (order.side == OrderSide.BUY) {
                fill = affordable(fill, bar);
            }
            if (fill == null || !fill.filledAny()) {
                continue;
            }
            ReplayFill trade = ReplayFill.of(date, panel.ticker(t), fill);
            book.trade(session, t, order.side, trade.qty(), cents(trade.cashFlow()));
            order.remaining -= trade.qty();
            filled.add(trade);
            tally.add(trade.qty() * fill.referencePrice().doubleValue(), cents(trade.costs()));
        }
        orders.removeIf(order -> order.remaining == 0);
    }

    /**
     * The buy cut to what the cash pays for, commission included, or null when not one share is affordable. What is
     * cut stays on the order, like what the participation cap leaves over: sells still filling free the cash for it.
     */
    private Fill affordable(Fill fill, Bar bar) {
        long cash = book.cashCents();
        Fill cut = fill;
        while (cut.filledAny() && cents(cut.cashFlow()) + cash < 0) {
            long shares = cut.filledQty().longValueExact();
            // fewer shares cost less a share (less impact) unless the minimum commission dominates: guess, then step down
            long guess = Math.min(shares - 1, (long) Math.floor((double) shares * cash / -cents(cut.cashFlow())));
            if (guess <= 0) {
                return null;
            }
            cut = fills.fill(OrderSide.BUY, BigDecimal.valueOf(guess), bar, history.dailyVolatility(), history.adv());
        }
        return cut;
    }

    /**
     * The fill session's bar, or null when the ticker has no bar or no open, high, low or volume on it (the
     * simulated broker fills nothing on such a row either).
     */
    private Bar bar(int session, int t) {
        double open = panel.open(session, t);
        double high = panel.high(session, t);
        double low = panel.low(session, t);
        double close = panel.close(session, t);
        double volume = panel.volume(session, t);
        if (Double.isNaN(open + high + low + close + volume)) {
            return null;
        }
        try {
            return new Bar(open, high, low, close, volume);
        } catch (IllegalArgumentException e) {
            throw KairosException.failure("the price panel has a bad bar for " + panel.ticker(t) + " on " + panel.date(session) + ": "
                    + e.getMessage() + "; run kairos data-audit and reload it", e);
        }
    }

    /**
     * Replaces the open orders with the rebalance's: for each name wanted or held, target shares
     * floor(weight * equity / close) at this close (a name without a bar today at its latest close), less the shares
     * held; sells first, then buys, each by ticker.
     */
    private void rebalance(int session, double equity) {
        if (tally != null) {
            rebalances.add(tally.record());
        }
        tally = new RebalanceTally(panel.date(session), equity);
        Targets targets = decisions.get(session);
        List<OpenOrder> sells = new ArrayList<>();
        List<OpenOrder> buys = new ArrayList<>();
        int wanted = 0;
        int held = 0;
        // both lists ascend by ticker index: merge them
        while (wanted < targets.tickers().length || held < book.holdings()) {
            int nextWanted = wanted < targets.tickers().length ? targets.tickers()[wanted] : Integer.MAX_VALUE;
            int nextHeld = held < book.holdings() ? book.held(held) : Integer.MAX_VALUE;
            int t = Math.min(nextWanted, nextHeld);
            long target = 0;
            if (t == nextWanted) {
                target = targetQty(session, t, equity, targets.weights()[wanted]);
                wanted++;
            }
            if (t == nextHeld) {
                held++;
            }
            long delta = target - book.qty(t);
            if (delta < 0) {
                sells.add(new OpenOrder(t, OrderSide.SELL, -delta));
            } else if (delta > 0) {
                buys.add(new OpenOrder(t, OrderSide.BUY, delta));
            }
        }
        sells.addAll(buys);
        orders = sells;
    }

    private long targetQty(int session, int t, double equity, double weight) {
        double close = panel.closeOnOrBefore(session, t);
        if (Double.isNaN(close)) {
            throw KairosException.failure("No decision price for " + panel.ticker(t) + " on " + panel.date(session)
                    + ": the price panel has no close for it on or before that date.");
        }
        return shares(equity, weight, close);
    }

    /**
     * The planner's floor(equity * weight / close) in whole shares ({@link OrderPlanner#targetQty}). Its decimal
     * arithmetic costs about a microsecond a name, so the quotient is first taken in doubles: they differ from the
     * decimals of the same values by a few units in the last place (about 1e-15 relative), so a double quotient
     * farther than {@value #EXACT_NEAR} (relative) from an integer has the same floor, and only one that near is
     * computed in decimals.
     */
    static long shares(double equity, double weight, double close) {
        double shares = equity * weight / close;
        double floor = Math.floor(shares);
        double margin = EXACT_NEAR * Math.max(1, shares);
        if (shares - floor > margin && floor + 1 - shares > margin) {
            return (long) floor;
        }
        return OrderPlanner.targetQty(BigDecimal.valueOf(equity), weight, BigDecimal.valueOf(close), 0).longValueExact();
    }

    private static long cents(BigDecimal dollars) {
        return dollars.movePointRight(Money.CENTS).longValueExact();
    }
}
