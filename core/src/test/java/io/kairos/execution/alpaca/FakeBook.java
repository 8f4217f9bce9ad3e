package io.kairos.execution.alpaca;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kairos.ops.Json;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What {@link FakeAlpaca} knows of its account and market, and what the Trading API does with it:
 * orders placed, filled, cancelled; cash and positions moved by fills. Answers in the API's shapes.
 * Not thread-safe: the fake holds its lock around every call.
 */
final class FakeBook {

    /** An answer: an HTTP status and its JSON body. */
    record Answer(int status, JsonNode body) {

        static Answer ok(JsonNode body) {
            return new Answer(200, body);
        }

        /** Alpaca's error object; without a code when {@code code} is null, as for refused keys. */
        static Answer error(int status, Long code, String message) {
            return new Answer(status, errorJson(code, message));
        }
    }

    private static final String ACCOUNT_ID = "7c0ffee1-5eed-4a11-b0a7-2b3c4d5e6f70";

    BigDecimal cash = new BigDecimal("100000");
    BigDecimal lastEquity = new BigDecimal("100000");
    /** Null: the cash. */
    BigDecimal fixedBuyingPower;
    boolean tradingBlocked;
    boolean accountBlocked;
    boolean legacyShape;
    boolean holdOrders;
    Instant now = Instant.parse("2026-03-17T11:41:05.123456789Z");
    ObjectNode clock = Json.mapper().createObjectNode().put("timestamp", "2026-03-17T07:41:05.123456789-04:00")
            .put("is_open", false).put("next_open", "2026-03-17T09:30:00-04:00").put("next_close", "2026-03-17T16:00:00-04:00");
    final Map<LocalDate, String[]> sessions = new TreeMap<>();
    final Map<String, BigDecimal> prices = new HashMap<>();
    private final Map<String, FakeAsset> assets = new TreeMap<>();
    private final Map<String, Holding> positions = new TreeMap<>();
    private final Map<String, FakeOrder> orders = new LinkedHashMap<>();
    private final Map<String, FakeOrder> ordersByClientId = new HashMap<>();
    private long sequence;

    // ---- set-up and inspection

    void asset(String symbol, boolean tradable, boolean fractionable, String exchange) {
        assets.put(symbol, new FakeAsset(assetId(symbol), exchange, tradable, fractionable));
    }

    /** Makes {@code symbol} a tradable, fractionable NASDAQ asset unless it is known. */
    void knownAsset(String symbol) {
        if (!assets.containsKey(symbol)) {
            asset(symbol, true, true, "NASDAQ");
        }
    }

    void position(String symbol, BigDecimal qty, BigDecimal avgEntryPrice) {
        positions.put(symbol, new Holding(qty, avgEntryPrice));
        knownAsset(symbol);
    }

    BigDecimal positionQty(String symbol) {
        Holding holding = positions.get(symbol);
        return holding == null ? BigDecimal.ZERO : holding.qty();
    }

    BigDecimal equity() {
        BigDecimal equity = cash;
        for (Map.Entry<String, Holding> position : positions.entrySet()) {
            equity = equity.add(position.getValue().qty().multiply(priceOr(position.getKey(), position.getValue().avgEntry())));
        }
        return equity;
    }

    Optional<FakeOrder> orderByClientId(String clientOrderId) {
        return Optional.ofNullable(ordersByClientId.get(clientOrderId));
    }

    int ordersWithClientOrderId(String clientOrderId) {
        return (int) orders.values().stream().filter(order -> order.clientOrderId.equals(clientOrderId)).count();
    }

    void fillOpenOrders() {
        orders.values().stream().filter(FakeOrder::open).forEach(order -> fill(order, null));
    }

    // ---- the endpoints

    ObjectNode account() {
        BigDecimal longValue = BigDecimal.ZERO;
        BigDecimal shortValue = BigDecimal.ZERO;
        for (Map.Entry<String, Holding> position : positions.entrySet()) {
            BigDecimal value = position.getValue().qty().multiply(priceOr(position.getKey(), position.getValue().avgEntry()));
            longValue = value.signum() > 0 ? longValue.add(value) : longValue;
            shortValue = value.signum() < 0 ? shortValue.add(value) : shortValue;
        }
        String equity = equity().toPlainString();
        ObjectNode account = Json.mapper().createObjectNode()
                .put("id", ACCOUNT_ID).put("account_number", "PA7FAKE0K41R").put("status", "ACTIVE")
                .put("crypto_status", "ACTIVE").put("currency", "USD").put("cash", cash.toPlainString())
                .put("buying_power", buyingPower().toPlainString()).put("regt_buying_power", buyingPower().toPlainString())
                .put("non_marginable_buying_power", cash.toPlainString()).put("options_buying_power", cash.toPlainString())
                .put("equity", equity).put("last_equity", lastEquity.toPlainString()).put("portfolio_value", equity)
                .put("long_market_value", longValue.toPlainString()).put("short_market_value", shortValue.toPlainString())
                .put("initial_margin", "0").put("maintenance_margin", "0").put("last_maintenance_margin", "0")
                .put("sma", "0").put("multiplier", "1").put("shorting_enabled", true)
                .put("trading_blocked", tradingBlocked).put("transfers_blocked", false).put("account_blocked", accountBlocked)
                .put("trade_suspended_by_user", false).put("created_at", "2025-09-02T14:03:11.52731Z")
                .put("balance_asof", "2026-03-16").put("accrued_fees", "0").put("pending_transfer_in", "0")
                .put("options_approved_level", 0).put("options_trading_level", 0);
        if (legacyShape) {
            account.put("pattern_day_trader", false).put("daytrade_count", 0).put("daytrading_buying_power", "0");
        }
        return account;
    }

    /** Days from start to end, both included; without them, every day (as Alpaca answers 1970 to 2029). */
    ArrayNode calendar(String start, String end) {
        LocalDate from = start == null ? LocalDate.MIN : LocalDate.parse(start.substring(0, 10));
        LocalDate to = end == null ? LocalDate.MAX : LocalDate.parse(end.substring(0, 10));
        ArrayNode days = Json.mapper().createArrayNode();
        sessions.forEach((date, times) -> {
            if (!date.isBefore(from) && !date.isAfter(to)) {
                days.addObject().put("date", date.toString()).put("open", times[0]).put("close", times[1])
                        .put("session_open", "0400").put("session_close", "2000")
                        .put("settlement_date", nextWeekday(date).toString());
            }
        });
        return days;
    }

    Answer asset(String symbol) {
        FakeAsset asset = assets.get(symbol);
        if (asset == null) {
            return Answer.error(404, 40410000L, "asset not found");
        }
        ObjectNode json = Json.mapper().createObjectNode().put("id", asset.id()).put("class", "us_equity")
                .put("exchange", asset.exchange()).put("symbol", symbol).put("name", symbol + " Holdings Inc. Common Stock")
                .put("status", asset.tradable() ? "active" : "inactive").put("tradable", asset.tradable())
                .put("marginable", true).put("shortable", true).put("easy_to_borrow", true)
                .put("borrow_status", "easy_to_borrow").put("fractionable", asset.fractionable())
                .put("margin_requirement_long", "30").put("margin_requirement_short", "100");
        json.putArray("attributes");
        return Answer.ok(json);
    }

    /** {@code POST /v2/orders}: refusals as Alpaca words them; else the order, filled up to {@code fillOnly} when set. */
    Answer submit(JsonNode request, BigDecimal fillOnly) {
        if (!(request instanceof ObjectNode order)) {
            return Answer.error(400, 40010000L, "request body format is invalid");
        }
        for (String field : List.of("symbol", "qty", "side", "type", "time_in_force")) {
            if (!order.hasNonNull(field)) {
                return Answer.error(422, 40010001L, field + " is required");
            }
        }
        String clientOrderId = order.hasNonNull("client_order_id") ? order.path("client_order_id").asText() : generatedClientOrderId();
        if (ordersByClientId.containsKey(clientOrderId)) {
            return Answer.error(422, 40010001L, "client_order_id must be unique");
        }
        String symbol = order.path("symbol").asText();
        FakeAsset asset = assets.get(symbol);
        if (asset == null) {
            return Answer.error(422, 40010001L, "asset \"" + symbol + "\" not found");
        }
        if (!asset.tradable()) {
            return Answer.error(422, 42210000L, "asset " + symbol + " is not tradable");
        }
        if (accountBlocked || tradingBlocked) {
            return Answer.error(403, 40310000L, "account is not authorized to trade");
        }
        if ("limit".equals(order.path("type").asText()) && !order.hasNonNull("limit_price")) {
            return Answer.error(422, 40010001L, "limit_price is required");
        }
        if ("bracket".equals(order.path("order_class").asText())) {
            Optional<Answer> refused = refusedBracket(order);
            if (refused.isPresent()) {
                return refused.get();
            }
        }
        if ("buy".equals(order.path("side").asText())) {
            BigDecimal price = order.hasNonNull("limit_price") ? new BigDecimal(order.path("limit_price").asText())
                    : prices.getOrDefault(symbol, BigDecimal.ZERO);
            BigDecimal cost = new BigDecimal(order.path("qty").asText()).multiply(price);
            if (cost.compareTo(buyingPower()) > 0) {
                ObjectNode refusal = errorJson(40310000L, "insufficient buying power");
                refusal.put("buying_power", buyingPower().toPlainString()).put("cost_basis", cost.toPlainString());
                return new Answer(403, refusal);
            }
        }
        FakeOrder placed = place(order, clientOrderId, asset.id());
        if (fillOnly != null || !holdOrders) {
            fill(placed, fillOnly);
        }
        return Answer.ok(placed.json());
    }

    /**
     * The bracket rules of external-apis.md A.5.1: both legs priced, time in force day or gtc, and for a buy the take
     * profit at least a cent above the market and the stop at least a cent below it.
     */
    private Optional<Answer> refusedBracket(ObjectNode order) {
        JsonNode takeProfit = order.path("take_profit").path("limit_price");
        JsonNode stopLoss = order.path("stop_loss").path("stop_price");
        if (!takeProfit.isTextual() || !stopLoss.isTextual()) {
            return Optional.of(Answer.error(422, 40010001L, "bracket orders require take_profit.limit_price and stop_loss.stop_price"));
        }
        if (!List.of("day", "gtc").contains(order.path("time_in_force").asText())) {
            return Optional.of(Answer.error(422, 40010001L, "time_in_force must be day or gtc for bracket orders"));
        }
        BigDecimal base = prices.get(order.path("symbol").asText());
        BigDecimal cent = new BigDecimal("0.01");
        if (base != null && "buy".equals(order.path("side").asText())
                && (new BigDecimal(takeProfit.asText()).compareTo(base.add(cent)) < 0
                        || new BigDecimal(stopLoss.asText()).compareTo(base.subtract(cent)) > 0)) {
            return Optional.of(Answer.error(422, 42210000L, "take_profit.limit_price must be >= base_price + 0.01 and"
                    + " stop_loss.stop_price must be <= base_price - 0.01"));
        }
        return Optional.empty();
    }

    /** {@code GET /v2/orders/{id}}. */
    Answer getOrder(String id) {
        FakeOrder order = orders.get(id);
        return order == null ? Answer.error(404, 40410000L, "order not found") : Answer.ok(order.json());
    }

    /** {@code GET /v2/orders:by_client_order_id}. */
    Answer getOrderByClientId(String clientOrderId) {
        FakeOrder order = ordersByClientId.get(clientOrderId);
        return order == null ? Answer.error(404, 40410000L, "order not found") : Answer.ok(order.json());
    }

    /** {@code GET /v2/orders} with Alpaca's defaults: open, 50, newest first; at most 500. */
    ArrayNode orders(String status, String limit, String direction) {
        String which = status == null ? "open" : status;
        int most = Math.min(500, limit == null ? 50 : Integer.parseInt(limit));
        List<FakeOrder> chosen = new ArrayList<>(orders.values().stream()
                .filter(order -> which.equals("all") || which.equals("open") == order.open()).toList());
        if (!"asc".equals(direction)) {
            chosen.sort((a, b) -> Long.compare(b.sequence, a.sequence));
        }
        ArrayNode list = Json.mapper().createArrayNode();
        chosen.stream().limit(most).forEach(order -> list.add(order.json()));
        return list;
    }

    /** {@code DELETE /v2/orders}: one item per open order, {@code {id, status}}, as in Alpaca's 207. */
    ArrayNode cancelAll() {
        ArrayNode items = Json.mapper().createArrayNode();
        for (FakeOrder order : orders.values()) {
            if (order.open()) {
                order.cancel(now);
                items.addObject().put("id", order.id).put("status", 200);
            }
        }
        return items;
    }

    ArrayNode positions() {
        ArrayNode list = Json.mapper().createArrayNode();
        positions.forEach((symbol, holding) -> list.add(positionJson(symbol, holding)));
        return list;
    }

    /**
     * {@code DELETE /v2/positions}: a market order closing each position; without {@code cancelOrders}
     * a position with open orders is refused, its shares being held for them.
     */
    ArrayNode closeAll(boolean cancelOrders) {
        if (cancelOrders) {
            cancelAll();
        }
        ArrayNode items = Json.mapper().createArrayNode();
        for (Map.Entry<String, Holding> position : new ArrayList<>(positions.entrySet())) {
            String symbol = position.getKey();
            BigDecimal qty = position.getValue().qty().abs();
            ObjectNode item = items.addObject().put("symbol", symbol);
            if (orders.values().stream().anyMatch(order -> order.open() && order.symbol.equals(symbol))) {
                ObjectNode refusal = errorJson(40310000L, "insufficient qty available for order (requested: " + qty
                        + ", available: 0)");
                refusal.put("available", "0").put("existing_qty", qty.toPlainString())
                        .put("held_for_orders", qty.toPlainString()).put("symbol", symbol);
                item.put("status", 403).set("body", refusal);
                continue;
            }
            ObjectNode request = Json.mapper().createObjectNode().put("symbol", symbol).put("qty", qty.toPlainString())
                    .put("side", position.getValue().qty().signum() > 0 ? "sell" : "buy").put("type", "market")
                    .put("time_in_force", "day");
            FakeOrder order = place(request, generatedClientOrderId(), assets.get(symbol).id());
            if (!holdOrders) {
                fill(order, null);
            }
            item.put("status", 200).set("body", order.json());
        }
        return items;
    }

    // ---- trading

    private FakeOrder place(ObjectNode request, String clientOrderId, String assetId) {
        FakeOrder order = new FakeOrder(++sequence, clientOrderId, assetId, request, now);
        orders.put(order.id, order);
        ordersByClientId.put(clientOrderId, order);
        return order;
    }

    /** Fills up to {@code upTo} (all that is left when null) at the symbol's price, if it has one and a limit allows. */
    private void fill(FakeOrder order, BigDecimal upTo) {
        BigDecimal price = prices.get(order.symbol);
        if (price == null) {
            return;
        }
        if (order.limitPrice != null && (order.buy() ? price.compareTo(order.limitPrice) > 0 : price.compareTo(order.limitPrice) < 0)) {
            order.status = "new";
            return;
        }
        BigDecimal qty = upTo == null ? order.unfilled() : upTo.min(order.unfilled());
        order.fill(qty, price, now);
        BigDecimal signed = order.buy() ? qty : qty.negate();
        cash = cash.subtract(signed.multiply(price));
        Holding held = positions.getOrDefault(order.symbol, new Holding(BigDecimal.ZERO, BigDecimal.ZERO));
        BigDecimal after = held.qty().add(signed);
        if (after.signum() == 0) {
            positions.remove(order.symbol);
        } else if (held.qty().signum() == 0 || held.qty().signum() == signed.signum()) {
            BigDecimal average = held.qty().multiply(held.avgEntry()).add(signed.multiply(price)).divide(after, 4, RoundingMode.HALF_UP);
            positions.put(order.symbol, new Holding(after, average.stripTrailingZeros()));
        } else if (after.signum() != held.qty().signum()) {
            positions.put(order.symbol, new Holding(after, price));
        } else {
            positions.put(order.symbol, new Holding(after, held.avgEntry()));
        }
    }

    private ObjectNode positionJson(String symbol, Holding holding) {
        BigDecimal price = priceOr(symbol, holding.avgEntry());
        BigDecimal marketValue = holding.qty().multiply(price);
        BigDecimal costBasis = holding.qty().multiply(holding.avgEntry());
        BigDecimal profit = marketValue.subtract(costBasis);
        String fraction = costBasis.signum() == 0 ? "0" : profit.divide(costBasis.abs(), 7, RoundingMode.HALF_UP).toPlainString();
        return Json.mapper().createObjectNode().put("asset_id", assets.get(symbol).id()).put("symbol", symbol)
                .put("exchange", assets.get(symbol).exchange()).put("asset_class", "us_equity").put("asset_marginable", true)
                .put("qty", holding.qty().toPlainString()).put("qty_available", holding.qty().toPlainString())
                .put("side", holding.qty().signum() > 0 ? "long" : "short")
                .put("avg_entry_price", holding.avgEntry().toPlainString()).put("cost_basis", costBasis.toPlainString())
                .put("market_value", marketValue.toPlainString()).put("current_price", price.toPlainString())
                .put("lastday_price", price.toPlainString()).put("change_today", "0")
                .put("unrealized_pl", profit.toPlainString()).put("unrealized_plpc", fraction)
                .put("unrealized_intraday_pl", profit.toPlainString()).put("unrealized_intraday_plpc", fraction);
    }

    private BigDecimal buyingPower() {
        return fixedBuyingPower != null ? fixedBuyingPower : cash;
    }

    private BigDecimal priceOr(String symbol, BigDecimal fallback) {
        return prices.getOrDefault(symbol, fallback);
    }

    /** What Alpaca does for an order sent without one: a UUID (here a predictable one). */
    private String generatedClientOrderId() {
        return String.format("c1e47000-0000-4000-8000-%012d", sequence + 1);
    }

    private static String assetId(String symbol) {
        return String.format("a55e7000-0000-4000-8000-%012d", Math.abs((long) symbol.hashCode()) % 1_000_000_000_000L);
    }

    private static LocalDate nextWeekday(LocalDate date) {
        LocalDate next = date.plusDays(1);
        while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY) {
            next = next.plusDays(1);
        }
        return next;
    }

    private static ObjectNode errorJson(Long code, String message) {
        ObjectNode error = Json.mapper().createObjectNode();
        if (code != null) {
            error.put("code", code);
        }
        return error.put("message", message);
    }

    private record FakeAsset(String id, String exchange, boolean tradable, boolean fractionable) {
    }

    private record Holding(BigDecimal qty, BigDecimal avgEntry) {
    }
}
