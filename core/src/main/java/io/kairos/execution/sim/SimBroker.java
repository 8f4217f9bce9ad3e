package io.kairos.execution.sim;

import io.kairos.KairosException;
import io.kairos.calendar.NyseCalendar;
import io.kairos.data.store.PriceStore;
import io.kairos.data.store.StoreTables;
import io.kairos.data.store.StoreWork;
import io.kairos.execution.Account;
import io.kairos.execution.Asset;
import io.kairos.execution.Broker;
import io.kairos.execution.BrokerException;
import io.kairos.execution.BrokerOrder;
import io.kairos.execution.BrokerSession;
import io.kairos.execution.MarketClock;
import io.kairos.execution.OrderRequest;
import io.kairos.execution.OrderSide;
import io.kairos.execution.OrderStatus;
import io.kairos.execution.OrderType;
import io.kairos.execution.Position;
import io.kairos.execution.TimeInForce;
import io.kairos.execution.fill.Bar;
import io.kairos.execution.fill.Fill;
import io.kairos.execution.fill.FillModel;
import io.kairos.execution.fill.Money;
import io.kairos.execution.fill.ReferencePrice;
import io.kairos.execution.sim.SimLedger.Holding;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A broker kept in the store (docs/EXECUTION.md): account, orders, fills and positions in the {@link SimTables}.
 * Its time is an as-of session, the decision date: it lives at that session's close. Market orders submitted
 * then fill on the following sessions through the {@link FillModel}, on the bars of {@code sep_base}, as
 * {@link #settle} moves the time on; an order whose bar is not in the store yet waits, ACCEPTED. Long only, whole
 * shares, market orders without brackets; time in force is recorded, not enforced (the participation cap may
 * carry an order over several sessions). Every change is one transaction.
 */
public final class SimBroker implements Broker {

    /** How its store errors begin. */
    private static final String CANNOT = "The simulated broker cannot ";

    public static final BigDecimal DEFAULT_INITIAL_CASH = new BigDecimal("100000.00");
    /** A symbol whose latest row in sep_base is more sessions old than this is not tradable. */
    public static final int STALE_AFTER_SESSIONS = 5;

    private final Connection connection;
    private final NyseCalendar calendar;
    private final FillModel fills;
    private final SimPrices prices;
    private final SimOrders orders;
    private final SimLedger ledger;
    private final SimValuation valuation;
    private LocalDate asOf;

    private SimBroker(Connection connection, NyseCalendar calendar, FillModel fills, LocalDate asOf) {
        this.connection = connection;
        this.calendar = calendar;
        this.fills = fills;
        this.prices = new SimPrices(connection);
        this.orders = new SimOrders(connection);
        this.ledger = new SimLedger(connection);
        this.valuation = new SimValuation(calendar, fills, prices, orders, ledger);
        this.asOf = asOf;
    }

    /**
     * The simulated account in {@code store} at session {@code asOf}: creates its tables, and the account with
     * {@code initialCash} when the store has none (an existing account keeps its cash), then settles its open orders
     * through {@code asOf}. An account already past {@code asOf} is refused: its time only moves forward.
     */
    public static SimBroker open(PriceStore store, NyseCalendar calendar, FillModel fills, BigDecimal initialCash, LocalDate asOf) {
        requireSession(calendar, asOf);
        if (initialCash == null || initialCash.signum() <= 0) {
            throw KairosException.usage("the simulated account needs positive initial cash, got " + initialCash);
        }
        Connection connection = store.connection();
        SimLedger ledger = new SimLedger(connection);
        LocalDate stored = StoreWork.inTransaction(connection, CANNOT + "open its account", () -> {
            SimTables.createIfMissing(connection);
            Optional<LocalDate> existing = ledger.asOf();
            if (existing.isEmpty()) {
                ledger.create(initialCash, asOf);
            }
            return existing.orElse(asOf);
        });
        SimBroker broker = new SimBroker(connection, calendar, fills, stored);
        broker.settle(asOf);
        return broker;
    }

    /**
     * The simulated account at {@code date}, or at its own session when it is already past that date (a run
     * repeated after its orders filled): {@link #open} at the later of the two.
     */
    public static SimBroker openAtOrAfter(PriceStore store, NyseCalendar calendar, FillModel fills, BigDecimal initialCash,
            LocalDate date) {
        LocalDate asOf = storedAsOf(store).filter(stored -> stored.isAfter(date)).orElse(date);
        return open(store, calendar, fills, initialCash, asOf);
    }

    /** The store's simulated account at its own session, or empty when the store has none: nothing is created. */
    public static Optional<SimBroker> existing(PriceStore store, NyseCalendar calendar, FillModel fills) {
        return storedAsOf(store).map(asOf -> open(store, calendar, fills, DEFAULT_INITIAL_CASH, asOf));
    }

    private static Optional<LocalDate> storedAsOf(PriceStore store) {
        try {
            return StoreTables.exists(store.connection(), SimTables.ACCOUNT) ? new SimLedger(store.connection()).asOf()
                    : Optional.empty();
        } catch (SQLException e) {
            throw KairosException.failure("Cannot read the simulated account: " + e.getMessage(), e);
        }
    }

    /**
     * The store's simulated account as it stands, at its own session, for readers such as health: nothing is created
     * or settled, so the store may be open read-only. Empty when the store has no simulated account.
     */
    public static Optional<SimBroker> asItStands(PriceStore store, NyseCalendar calendar, FillModel fills) {
        return storedAsOf(store).map(asOf -> new SimBroker(store.connection(), calendar, fills, asOf));
    }

    /** The session the sim is at: it lives at that session's close. */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * Moves the sim's time to the close of {@code session}: each open order fills, session by session, on every
     * session after the one it last filled on (or was submitted on) up to {@code session} that has its bar in the
     * store. A session without the bar is skipped and the order waits; settling the same session again once the bar
     * is loaded fills it.
     */
    public void settle(LocalDate session) {
        requireSession(calendar, session);
        if (session.isBefore(asOf)) {
            throw KairosException.usage("the simulated account is at " + asOf + " and its time only moves forward, so it cannot"
                    + " go back to " + session + "; use " + asOf + " or later, or start a new account by dropping the tables "
                    + SimTables.ACCOUNT + ", " + SimTables.ORDERS + ", " + SimTables.FILLS + " and " + SimTables.POSITIONS);
        }
        StoreWork.inTransaction(connection, CANNOT + "settle its orders through " + session, () -> {
            List<SimOrder> open = new ArrayList<>(orders.all(true));
            LocalDate first = open.stream().map(SimOrder::fillsAfter).min(Comparator.naturalOrder()).orElse(session);
            if (first.isBefore(session)) {
                for (LocalDate day : calendar.sessions(calendar.nextSession(first), session)) {
                    for (int i = 0; i < open.size(); i++) {
                        open.set(i, fillOn(day, open.get(i)));
                    }
                }
            }
            ledger.moveTo(session);
            return null;
        });
        asOf = session;
    }

    private SimOrder fillOn(LocalDate day, SimOrder order) throws SQLException {
        if (order.status() == OrderStatus.FILLED || !day.isAfter(order.fillsAfter())) {
            return order;
        }
        Optional<Bar> bar = prices.bar(order.symbol(), day);
        if (bar.isEmpty()) {
            return order;
        }
        SimPrices.History history = prices.history(order.symbol(), day, bar.get());
        Fill fill = fills.fill(order.side(), order.remaining(), bar.get(), history.dailyVolatility(), history.adv());
        if (fill.filledAny()) {
            ledger.record(order.id(), order.symbol(), day, fill);
        }
        LocalTime time = fills.reference() == ReferencePrice.OPEN ? NyseCalendar.REGULAR_OPEN : calendar.closeTime(day);
        SimOrder after = order.afterSession(day, fill.filledQty(), fill.executionPrice(), instant(day, time));
        orders.update(after);
        return after;
    }

    @Override
    public String name() {
        return "sim";
    }

    @Override
    public boolean paper() {
        return true;
    }

    @Override
    public boolean takesBrackets() {
        return false;
    }

    @Override
    public Account account() {
        return StoreWork.read(CANNOT + "value its account", () -> valuation.account(asOf));
    }

    /** The sim's clock stands at the as-of session's close; the market opens next at the following session. */
    @Override
    public MarketClock clock() {
        LocalDate next = calendar.nextSession(asOf);
        return new MarketClock(now(), false, instant(next, NyseCalendar.REGULAR_OPEN), instant(next, calendar.closeTime(next)));
    }

    @Override
    public List<BrokerSession> calendar(LocalDate from, LocalDate to) {
        return calendar.sessions(from, to).stream()
                .map(session -> new BrokerSession(session, NyseCalendar.REGULAR_OPEN, calendar.closeTime(session))).toList();
    }

    /**
     * Known when sep_base has a row for the symbol on or before the as-of session; tradable when the latest is at
     * most {@value #STALE_AFTER_SESSIONS} sessions old. Never fractionable; the exchange comes from {@code tickers}.
     */
    @Override
    public Optional<Asset> asset(String symbol) {
        return StoreWork.read(CANNOT + "look up " + symbol, () -> {
            Optional<LocalDate> last = prices.lastDate(symbol, asOf);
            if (last.isEmpty()) {
                return Optional.empty();
            }
            LocalDate oldestFresh = asOf;
            for (int i = 0; i < STALE_AFTER_SESSIONS; i++) {
                oldestFresh = calendar.previousSession(oldestFresh);
            }
            return Optional.of(new Asset(symbol, !last.get().isBefore(oldestFresh), false, prices.exchange(symbol).orElse("")));
        });
    }

    /** Accepts a market order; it fills on the sessions after the as-of session as {@link #settle} reaches them. */
    @Override
    public BrokerOrder submit(OrderRequest request) {
        return StoreWork.inTransaction(connection, CANNOT + "submit order " + request.clientOrderId(),
                () -> accept(request, null))
                .toBrokerOrder();
    }

    /**
     * Fills a whole market order at once at {@code price} on the as-of session, paying commission only (no spread,
     * impact or participation cap): for holdings taken over from elsewhere, and for tests. The checks of
     * {@link #submit} apply, buying power at {@code price}.
     */
    public BrokerOrder fillAt(OrderRequest request, BigDecimal price) {
        if (price == null || price.signum() <= 0) {
            throw KairosException.usage("order " + request.clientOrderId() + ": a fill at a given price needs a positive price, got "
                    + price);
        }
        return StoreWork.inTransaction(connection, CANNOT + "fill order " + request.clientOrderId(), () -> {
            SimOrder order = accept(request, Money.price(price));
            Fill fill = fills.atPrice(request.side(), request.qty(), price);
            ledger.record(order.id(), order.symbol(), asOf, fill);
            SimOrder filled = order.afterSession(asOf, fill.filledQty(), fill.executionPrice(), now());
            orders.update(filled);
            return filled;
        }).toBrokerOrder();
    }

    /** Checks and records a new order; {@code price} is the buying-power estimate's price, null for the latest close. */
    private SimOrder accept(OrderRequest request, BigDecimal price) throws SQLException {
        if (orders.byClientId(request.clientOrderId()).isPresent()) {
            throw new BrokerException(BrokerException.Kind.DUPLICATE, 0, "order " + request.clientOrderId()
                    + ": the simulated broker already has an order with this client_order_id");
        }
        if (request.type() != OrderType.MARKET || request.bracket()) {
            throw refused(request, "the simulated broker takes market orders without bracket legs only");
        }
        String symbol = request.symbol();
        Asset asset = asset(symbol).orElseThrow(() -> refused(request, "unknown symbol " + symbol
                + ": sep_base has no row for it on or before " + asOf));
        if (!asset.tradable()) {
            throw refused(request, symbol + " is not tradable: its latest row in sep_base is more than " + STALE_AFTER_SESSIONS
                    + " sessions before " + asOf);
        }
        if (request.qty().stripTrailingZeros().scale() > 0) {
            throw refused(request, symbol + " is not fractionable: order whole shares, not " + request.qty().toPlainString());
        }
        if (request.side() == OrderSide.BUY) {
            BigDecimal reference = price != null ? price : valuation.close(symbol, asOf);
            BigDecimal cost = valuation.estimatedCost(request.qty(), reference);
            BigDecimal power = valuation.buyingPower(asOf);
            if (cost.compareTo(power) > 0) {
                throw refused(request, "insufficient buying power: " + request.qty().toPlainString() + " " + symbol + " at "
                        + reference.toPlainString() + " would cost about " + cost.toPlainString() + " with commission; buying power is "
                        + power.toPlainString());
            }
        } else {
            requireShares(request);
        }
        SimOrder order = SimOrder.accepted(orders.nextId(), request.clientOrderId(), symbol, request.side(),
                BigDecimal.valueOf(request.qty().longValueExact()), request.type(), request.timeInForce(), asOf, now());
        orders.insert(order);
        return order;
    }

    /** Long only: a sell takes at most the shares held less those open sells already reserve. */
    private void requireShares(OrderRequest request) throws SQLException {
        Holding holding = ledger.holdings().get(request.symbol());
        BigDecimal held = holding == null ? BigDecimal.ZERO : holding.qty();
        BigDecimal reserved = BigDecimal.ZERO;
        for (SimOrder order : orders.all(true)) {
            if (order.side() == OrderSide.SELL && order.symbol().equals(request.symbol())) {
                reserved = reserved.add(order.remaining());
            }
        }
        if (request.qty().compareTo(held.subtract(reserved)) > 0) {
            throw refused(request, "insufficient qty: selling " + request.qty().toPlainString() + " " + request.symbol()
                    + " but the account holds " + held.toPlainString() + ", " + reserved.toPlainString()
                    + " of them in open sell orders; the simulated broker is long only");
        }
    }

    private static BrokerException refused(OrderRequest request, String why) {
        return new BrokerException(BrokerException.Kind.REFUSED, 0, "order " + request.clientOrderId() + " refused: " + why);
    }

    @Override
    public Optional<BrokerOrder> orderByClientId(String clientOrderId) {
        return StoreWork.read(CANNOT + "look up order " + clientOrderId, () -> orders.byClientId(clientOrderId))
                .map(SimOrder::toBrokerOrder);
    }

    @Override
    public List<BrokerOrder> orders(boolean openOnly) {
        return StoreWork.read(CANNOT + "list its orders", () -> orders.all(openOnly)).stream()
               .map(SimOrder::toBrokerOrder).toList();
    }

    /** Each position at its latest close on or before the as-of session. */
    @Override
    public List<Position> positions() {
        return StoreWork.read(CANNOT + "list its positions", () -> valuation.positions(asOf));
    }

    /** Cancels every open order at once (what a partly filled order filled stays filled). */
    @Override
    public List<BrokerOrder> cancelAllOrders() {
        return StoreWork.inTransaction(connection, CANNOT + "cancel its orders", this::cancelOpen).stream()
               .map(SimOrder::toBrokerOrder).toList();
    }

    private List<SimOrder> cancelOpen() throws SQLException {
        List<SimOrder> canceled = new ArrayList<>();
        for (SimOrder order : orders.all(true)) {
            SimOrder after = order.withStatus(OrderStatus.CANCELED);
            orders.update(after);
            canceled.add(after);
        }
        return canceled;
    }

    /**
     * Cancels every open order and submits a market sell of every position (client order id "close-" and the
     * order's id), without the submission checks: a stale name is still asked to close.
     */
    @Override
    public List<BrokerOrder> closeAllPositions() {
        return StoreWork.inTransaction(connection, CANNOT + "close its positions", () -> {
            cancelOpen();
            List<SimOrder> closing = new ArrayList<>();
            for (Holding holding : ledger.holdings().values()) {
                String id = orders.nextId();
                SimOrder order = SimOrder.accepted(id, "close-" + id, holding.symbol(), OrderSide.SELL, holding.qty(), OrderType.MARKET,
                        TimeInForce.DAY, asOf, now());
                orders.insert(order);
                closing.add(order);
            }
            return closing;
        }).stream().map(SimOrder::toBrokerOrder).toList();
    }

    /** The sim's now: the as-of session's close. */
    private Instant now() {
        return instant(asOf, calendar.closeTime(asOf));
    }

    private static Instant instant(LocalDate session, LocalTime newYork) {
        return session.atTime(newYork).atZone(NyseCalendar.ZONE).toInstant();
    }

    private static void requireSession(NyseCalendar calendar, LocalDate date) {
        if (!calendar.isSession(date)) {
            throw KairosException.usage("the simulated broker moves from session to session, and " + date + " is not one ("
                    + calendar.closureReason(date).orElseThrow() + ")");
        }
    }
}
