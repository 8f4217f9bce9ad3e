package io.kairos.execution;

import io.kairos.KairosException;
import io.kairos.calendar.NyseCalendar;
import io.kairos.risk.DrawdownGuard;
import io.kairos.risk.KillSwitch;
import io.kairos.risk.PreTradeChecks;
import io.kairos.risk.PreTradeInput;
import io.kairos.risk.PreTradeVerdict;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code kairos execute}: signal -> pre-trade risk check -> kill-switch check -> order manager -> broker.
 * {@link #plan} reads the broker and the store and checks every order (a preview); {@link #submit} sends the
 * approved ones, the kill switch read again before each.
 */
public final class ExecutionRun {

    private static final LocalTime OPG_WINDOW_OPENS = LocalTime.of(19, 0);
    private static final LocalTime OPG_WINDOW_CLOSES = LocalTime.of(9, 28);

    private final Broker broker;
    private final NyseCalendar calendar;
    private final PreTradeChecks checks;
    private final KillSwitch killSwitch;
    private final DrawdownGuard guard;
    private final OrderJournal journal;
    private final Clock clock;
    private final OrderOptions options;

    public ExecutionRun(Broker broker, NyseCalendar calendar, PreTradeChecks checks, KillSwitch killSwitch, DrawdownGuard guard,
            OrderJournal journal, Clock clock, OrderOptions options) {
        this.broker = broker;
        this.calendar = calendar;
        this.checks = checks;
        this.killSwitch = killSwitch;
        this.guard = guard;
        this.journal = journal;
        this.clock = clock;
        this.options = options;
    }

    /** Plans the orders of {@code picks} and checks each; sends nothing. Bad input stops here, before any order. */
    public ExecutionPlan plan(Connection store, PicksInput picks) {
        if (options.bracket().active() && !broker.takesBrackets()) {
            throw KairosException.failure("The " + broker.name() + " broker takes no bracket orders: set broker.bracket_take_profit"
                    + " and broker.bracket_stop_loss to 0, or execute at Alpaca. Nothing was sent.");
        }
        CalendarAgreement.require(broker, calendar, clock.instant());
        Account account = broker.account();
        guard.check(account);
        List<Position> held = broker.positions();
        Map<String, BigDecimal> positions = OrderPlanner.quantities(held);
        Map<String, Optional<Asset>> assets = assets(picks, positions.keySet());
        TreeSet<String> names = new TreeSet<>(picks.weights().weights().keySet());
        names.addAll(positions.keySet());
        Map<String, DecisionPrices.Price> prices = DecisionPrices.read(store, names, picks.dataDate());
        Map<String, BigDecimal> decisionPrices = new LinkedHashMap<>();
        for (String ticker : names) {
            DecisionPrices.Price price = prices.get(ticker);
            if (price == null) {
                throw KairosException.failure(where(picks, ticker) + "no close of " + ticker + " on or before " + picks.dataDate()
                        + " in the store: the order cannot be sized.");
            }
            decisionPrices.put(ticker, price.value());
        }
        Instant brokerNow = broker.clock().timestamp();
        LocalDate tradeDate = tradeDate(brokerNow);
        TimeInForce timeInForce = broker.paper() ? TimeInForce.DAY : TimeInForce.OPG;
        if (timeInForce == TimeInForce.OPG) {
            requireOpeningWindow(brokerNow);
        }
        String style = (broker.paper()
                ? "paper account: opening auctions are unreliable there, so intraday market orders (time in force day)"
                : "live account: market-on-open orders (time in force opg, whole shares) for the opening auction of " + tradeDate)
                + (options.bracket().active() ? "; buys are bracket orders (gtc, whole shares): take profit +"
                        + percent(options.bracket().takeProfit()) + ", stop loss -" + percent(options.bracket().stopLoss()) : "");
        Set<String> fractionable = new TreeSet<>();
        assets.forEach((ticker, asset) -> asset.filter(Asset::fractionable).ifPresent(found -> fractionable.add(ticker)));
        List<PlannedOrder> orders = alreadySent(picks, new OrderPlanner(timeInForce, options.fractional(), options.bracket()).plan(picks.rebalanceDate(),
                picks.fingerprint(), picks.weights().weights(), account.equity(), positions, decisionPrices, fractionable));
        Map<String, String> sectors = sectors(store, names);
        int plannedNames = (int) picks.weights().weights().values().stream().filter(weight -> weight > 0).count();
        List<PreTradeVerdict> verdicts = new ArrayList<>();
        List<Position> projected = new ArrayList<>(held);
        for (PlannedOrder order : orders) {
            DecisionPrices.Price price = prices.get(order.request().symbol());
            PreTradeVerdict verdict = checks.check(new PreTradeInput(order.request(), price.value(), price.date(), tradeDate,
                    account, List.copyOf(projected), assets.get(order.request().symbol()), sectors, plannedNames));
            journal.record("order_intent", intent(order, verdict));
            verdicts.add(verdict);
            if (verdict.approved()) {
                projected = apply(projected, order);
            }
        }
        return new ExecutionPlan(picks, broker.name(), broker.paper(), tradeDate, style, account, positions, decisionPrices, orders,
                verdicts);
    }

    /** Sends the approved orders of {@code plan} in its order (sells first), the kill switch read before each. */
    public List<TrackedOrder> submit(ExecutionPlan plan) {
        OrderManager manager = new OrderManager(broker, journal, clock);
        List<TrackedOrder> tracked = new ArrayList<>();
        for (int i = 0; i < plan.orders().size(); i++) {
            if (!plan.verdicts().get(i).approved()) {
                continue;
            }
            killSwitch.requireOff();
            tracked.add(manager.submit(plan.orders().get(i).request()));
        }
        return tracked;
    }

    /** The orders as the broker now has them (a refused order as it was). */
    public List<TrackedOrder> latest(List<TrackedOrder> submitted) {
        List<TrackedOrder> latest = new ArrayList<>();
        for (TrackedOrder order : submitted) {
            latest.add(order.broker() == null ? order
                    : order.update(broker.orderByClientId(order.request().clientOrderId()).orElse(order.broker())));
        }
        return latest;
    }

    /** The report of {@code latest} (see {@link #latest}) against the picks, with the broker's positions now. */
    public ExecutionReport report(ExecutionPlan plan, List<TrackedOrder> latest, double tolerance) {
        return ExecutionReport.of(plan.orders(), latest, plan.picks().weights().weights(), OrderPlanner.quantities(broker.positions()),
                plan.decisionPrices(), plan.account().equity(), tolerance);
    }

    /**
     * A name these picks already sent an order for (either side, found among the broker's orders by client order
     * id) gets that order again, which the order manager adopts: a repeated run for the same picks adds no
     * order, even when fills and costs have moved the account since and a fresh plan would trade a share or two.
     */
    private List<PlannedOrder> alreadySent(PicksInput picks, List<PlannedOrder> planned) {
        Map<String, BrokerOrder> sent = new HashMap<>();
        for (BrokerOrder order : broker.orders(false)) {
            sent.put(order.clientOrderId(), order);
        }
        List<PlannedOrder> orders = new ArrayList<>();
        for (PlannedOrder order : planned) {
            String symbol = order.request().symbol();
            BrokerOrder earlier = sent.get(ClientOrderIds.of(picks.rebalanceDate(), symbol, OrderSide.BUY, picks.fingerprint()));
            if (earlier == null) {
                earlier = sent.get(ClientOrderIds.of(picks.rebalanceDate(), symbol, OrderSide.SELL, picks.fingerprint()));
            }
            orders.add(earlier == null ? order : new PlannedOrder(new OrderRequest(earlier.clientOrderId(), symbol, earlier.side(),
                    earlier.qty(), earlier.type(), earlier.timeInForce(), null, null, null), order.weight(), order.targetQty(),
                    order.currentQty(), order.decisionPrice()));
        }
        return orders;
    }

    private Map<String, Optional<Asset>> assets(PicksInput picks, Set<String> held) {
        Map<String, Optional<Asset>> assets = new HashMap<>();
        for (String ticker : picks.weights().weights().keySet()) {
            Optional<Asset> asset = broker.asset(ticker);
            if (asset.isEmpty() && picks.weights().weights().get(ticker) > 0) {
                throw KairosException.failure(where(picks, ticker) + "the broker (" + broker.name() + ") does not know " + ticker
                        + ": fix the picks before any order is sent.");
            }
            assets.put(ticker, asset);
        }
        for (String ticker : held) {
            assets.computeIfAbsent(ticker, broker::asset);
        }
        return assets;
    }

    /**
     * Market-on-open orders are accepted from 19:00 to 09:28 New York time only (outside it the broker refuses
     * them one by one): stop before the first order instead.
     */
    private static void requireOpeningWindow(Instant now) {
        LocalTime time = now.atZone(NyseCalendar.ZONE).toLocalTime();
        if (!time.isBefore(OPG_WINDOW_CLOSES) && time.isBefore(OPG_WINDOW_OPENS)) {
            throw KairosException.failure("Market-on-open orders are accepted from " + OPG_WINDOW_OPENS + " to " + OPG_WINDOW_CLOSES
                    + " New York time, and it is " + time.withNano(0) + " there: nothing was sent; run again in the window.");
        }
    }

    private LocalDate tradeDate(Instant now) {
        LocalDate today = now.atZone(NyseCalendar.ZONE).toLocalDate();
        boolean beforeClose = calendar.isSession(today) && now.atZone(NyseCalendar.ZONE).toLocalTime().isBefore(calendar.closeTime(today));
        return beforeClose ? today : calendar.nextSession(today);
    }

    private static Map<String, String> sectors(Connection store, Set<String> tickers) {
        Map<String, String> sectors = new HashMap<>();
        try (PreparedStatement statement = store.prepareStatement("SELECT sector FROM tickers WHERE ticker = ?")) {
            for (String ticker : tickers) {
                statement.setString(1, ticker);
                try (ResultSet rows = statement.executeQuery()) {
                    if (rows.next() && rows.getString(1) != null) {
                        sectors.put(ticker, rows.getString(1));
                    }
                }
            }
        } catch (SQLException e) {
            throw KairosException.failure("Cannot read the sectors: " + e.getMessage(), e);
        }
        return sectors;
    }

    /** The positions once {@code order} has filled, at the decision price: the next order is checked against them. */
    private static List<Position> apply(List<Position> positions, PlannedOrder order) {
        String symbol = order.request().symbol();
        BigDecimal change = order.request().side() == OrderSide.BUY ? order.request().qty() : order.request().qty().negate();
        List<Position> next = new ArrayList<>();
        BigDecimal qty = change;
        for (Position position : positions) {
            if (position.symbol().equals(symbol)) {
                qty = qty.add(position.qty());
            } else {
                next.add(position);
            }
        }
        if (qty.signum() != 0) {
            BigDecimal price = order.decisionPrice();
            next.add(new Position(symbol, qty, price, price, qty.multiply(price)));
        }
        return next;
    }

    private static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    private static String where(PicksInput picks, String ticker) {
        return picks.weights().lines().containsKey(ticker) ? picks.weights().where(ticker) : "position " + ticker + ": ";
    }

    private static Map<String, Object> intent(PlannedOrder order, PreTradeVerdict verdict) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("client_order_id", order.request().clientOrderId());
        fields.put("symbol", order.request().symbol());
        fields.put("side", order.request().side().wire());
        fields.put("qty", order.request().qty().toPlainString());
        fields.put("decision_price", order.decisionPrice().toPlainString());
        fields.put("weight", order.weight());
        fields.put("verdict", verdict.summary());
        return fields;
    }
}
