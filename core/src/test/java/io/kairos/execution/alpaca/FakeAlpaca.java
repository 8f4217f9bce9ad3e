package io.kairos.execution.alpaca;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.kairos.execution.alpaca.FakeBook.Answer;
import io.kairos.http.RetryPolicy;
import io.kairos.ops.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;

/**
 * A stateful stand-in for the Alpaca Trading API v2 on a local MockWebServer, answering in the API's
 * shapes: an account (cash, equity, buying power, last equity), orders kept by id and by client order
 * id (a client order id is refused as a duplicate for the life of the account, cancelled orders
 * included), positions, assets, a clock and a calendar. Market orders fill at once at the symbol's
 * price, moving cash and positions, unless {@link #holdOrders()} keeps them {@code accepted} until
 * {@link #fillOpenOrders()}; limit orders fill when marketable. Buying power is the cash unless set.
 *
 * <p>Faults ({@link Fault}) are scripted per route ({@link #failNext}) or per request number
 * ({@link #failRequest}). Every request is recorded ({@link #requests()}) and counted, order POSTs
 * per client order id too. Requests without {@link #KEY_ID} and {@link #SECRET_KEY} are refused as
 * Alpaca does: 403 {@code forbidden.} without keys, 401 with wrong ones. Thread-safe.
 */
public final class FakeAlpaca implements AutoCloseable {

    public static final String KEY_ID = "PKFAKE7TESTKEY0000042";
    public static final String SECRET_KEY = "fakeSecret/never+real=0123456789";

    private static final String ORDERS = "/v2/orders";

    private final MockWebServer server = new MockWebServer();
    private final FakeBook book = new FakeBook();
    private final Map<String, Deque<Fault>> faultsByRoute = new HashMap<>();
    private final Map<Integer, Fault> faultsByNumber = new HashMap<>();
    private final List<Seen> seen = new ArrayList<>();
    private final Map<String, Integer> postsByClientId = new HashMap<>();
    private int orderPosts;

    private FakeAlpaca() {
    }

    /** A fake on a free local port: $100,000 in cash, no positions, no assets, the market closed before the open. */
    public static FakeAlpaca start() {
        FakeAlpaca fake = new FakeAlpaca();
        fake.server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return fake.answer(request);
            }
        });
        try {
            fake.server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fake;
    }

    /** {@code http://localhost:PORT}, to use as the base URL. */
    public String baseUrl() {
        String url = server.url("/").toString();
        return url.substring(0, url.length() - 1);
    }

    /** Settings that reach this fake with its keys. */
    public AlpacaBrokerSettings settings(RetryPolicy retry) {
        return new AlpacaBrokerSettings(baseUrl(), KEY_ID, SECRET_KEY, retry);
    }

    @Override
    public void close() {
        try {
            server.shutdown();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- the account

    public synchronized FakeAlpaca cash(String amount) {
        book.cash = new BigDecimal(amount);
        return this;
    }

    public synchronized FakeAlpaca lastEquity(String amount) {
        book.lastEquity = new BigDecimal(amount);
        return this;
    }

    /** A fixed buying power, instead of the cash. */
    public synchronized FakeAlpaca buyingPower(String amount) {
        book.fixedBuyingPower = new BigDecimal(amount);
        return this;
    }

    public synchronized FakeAlpaca blockTrading() {
        book.tradingBlocked = true;
        return this;
    }

    public synchronized FakeAlpaca blockAccount() {
        book.accountBlocked = true;
        return this;
    }

    /** Serves the account with the day-trading fields Alpaca removed on 2026-07-06. */
    public synchronized FakeAlpaca legacyAccountShape() {
        book.legacyShape = true;
        return this;
    }

    public synchronized BigDecimal cash() {
        return book.cash;
    }

    /** Cash plus the positions at their symbols' prices (at their entry price when a symbol has none). */
    public synchronized BigDecimal equity() {
        return book.equity();
    }

    // ---- the market

    /** The price orders for {@code symbol} fill at; makes the symbol a tradable, fractionable NASDAQ asset if unknown. */
    public synchronized FakeAlpaca price(String symbol, String price) {
        book.prices.put(symbol, new BigDecimal(price));
        book.knownAsset(symbol);
        return this;
    }

    public synchronized FakeAlpaca asset(String symbol, boolean tradable, boolean fractionable, String exchange) {
        book.asset(symbol, tradable, fractionable, exchange);
        return this;
    }

    /** A position held from the start; {@code qty} negative for a short. Cash is not touched. */
    public synchronized FakeAlpaca position(String symbol, String qty, String avgEntryPrice) {
        book.position(symbol, new BigDecimal(qty), new BigDecimal(avgEntryPrice));
        return this;
    }

    /** Zero when flat. */
    public synchronized BigDecimal positionQty(String symbol) {
        return book.positionQty(symbol);
    }

    // ---- orders

    /** New orders stay {@code accepted} (as before the open) until {@link #fillOpenOrders()}. */
    public synchronized FakeAlpaca holdOrders() {
        book.holdOrders = true;
        return this;
    }

    /** Fills every open order that can fill at the current prices, as the open would. */
    public synchronized FakeAlpaca fillOpenOrders() {
        book.fillOpenOrders();
        return this;
    }

    /** The wire status of the order with this client order id, if there is one. */
    public synchronized Optional<String> statusOf(String clientOrderId) {
        return book.orderByClientId(clientOrderId).map(order -> order.status);
    }

    /** Puts the order in any state, a made-up one included. */
    public synchronized FakeAlpaca setStatus(String clientOrderId, String wireStatus) {
        book.orderByClientId(clientOrderId).orElseThrow().status = wireStatus;
        return this;
    }

    // ---- time

    /** The instant orders are stamped with. */
    public synchronized FakeAlpaca now(String instant) {
        book.now = Instant.parse(instant);
        return this;
    }

    /** What {@code GET /v2/clock} answers; times as RFC 3339 text, e.g. {@code 2026-03-17T09:30:00-04:00}. */
    public synchronized FakeAlpaca clock(String timestamp, boolean open, String nextOpen, String nextClose) {
        book.clock = Json.mapper().createObjectNode().put("timestamp", timestamp).put("is_open", open)
                .put("next_open", nextOpen).put("next_close", nextClose);
        return this;
    }

    /** A trading day of {@code GET /v2/calendar}: {@code 2026-03-17}, {@code 09:30}, {@code 16:00}. */
    public synchronized FakeAlpaca session(String date, String open, String close) {
        book.sessions.put(LocalDate.parse(date), new String[] {open, close});
        return this;
    }

    // ---- faults and counters

    /**
     * The next requests with this method and path (no query, e.g. {@code /v2/orders}) meet these faults,
     * one each, in order; later requests are served normally.
     */
    public synchronized FakeAlpaca failNext(String method, String path, Fault... faults) {
        faultsByRoute.computeIfAbsent(method + " " + path, route -> new ArrayDeque<>()).addAll(Arrays.asList(faults));
        return this;
    }

    /** The {@code number}-th request this fake receives (counting from 1) meets {@code fault}. */
    public synchronized FakeAlpaca failRequest(int number, Fault fault) {
        faultsByNumber.put(number, fault);
        return this;
    }

    public synchronized int requestCount() {
        return seen.size();
    }

    /** Every request received, oldest first. */
    public synchronized List<Seen> requests() {
        return List.copyOf(seen);
    }

    /** {@code POST /v2/orders} received, whatever became of them. */
    public synchronized int orderPosts() {
        return orderPosts;
    }

    public synchronized int postsWithClientOrderId(String clientOrderId) {
        return postsByClientId.getOrDefault(clientOrderId, 0);
    }

    /** Orders recorded with this client order id: 0 or 1, since Alpaca refuses a second one. */
    public synchronized int ordersWithClientOrderId(String clientOrderId) {
        return book.ordersWithClientOrderId(clientOrderId);
    }

    /**
     * A request as received.
     *
     * @param target the path and query exactly as sent, e.g. {@code /v2/orders:by_client_order_id?client_order_id=a1}
     */
    public record Seen(String method, String target, Headers headers, String body) {
    }

    /** What goes wrong with one request. */
    public static final class Fault {

        private final Supplier<MockResponse> instead;
        private final SocketPolicy afterServing;
        private final BigDecimal fillOnly;

        private Fault(Supplier<MockResponse> instead, SocketPolicy afterServing, BigDecimal fillOnly) {
            this.instead = instead;
            this.afterServing = afterServing;
            this.fillOnly = fillOnly;
        }

        /** Answers {@code status} with {@code body} instead of serving the request. */
        public static Fault status(int status, String body) {
            return new Fault(() -> json(status, body), null, null);
        }

        public static Fault serverError() {
            return status(500, "{\"message\":\"internal server error occurred\"}");
        }

        /** 429 with {@code X-Ratelimit-Reset} (epoch seconds, in the mixed case seen in the wild); the body is not JSON. */
        public static Fault rateLimited(long resetEpochSecond) {
            return new Fault(() -> new MockResponse().setResponseCode(429).setHeader("X-Ratelimit-Limit", 200)
                    .setHeader("X-Ratelimit-Remaining", 0).setHeader("X-Ratelimit-Reset", resetEpochSecond)
                    .setBody("Too Many Requests"), null, null);
        }

        /** 403 with code 40310000, as for an order beyond the buying power. */
        public static Fault insufficientBuyingPower() {
            return status(403, "{\"code\":40310000,\"message\":\"insufficient buying power\"}");
        }

        /** Reads the request and drops the connection without serving it. */
        public static Fault disconnect() {
            return new Fault(() -> new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST), null, null);
        }

        /** Serves the request (an order is recorded and may fill), then drops the connection instead of answering. */
        public static Fault acceptThenDisconnect() {
            return new Fault(null, SocketPolicy.DISCONNECT_AFTER_REQUEST, null);
        }

        /** Serves the request (an order is recorded and may fill), then never answers: the client's read times out. */
        public static Fault acceptThenHang() {
            return new Fault(null, SocketPolicy.NO_RESPONSE, null);
        }

        /** For an order POST: only {@code qty} fills, leaving the order {@code partially_filled}. */
        public static Fault partialFill(String qty) {
            return new Fault(null, null, new BigDecimal(qty));
        }
    }

    // ---- serving

    private synchronized MockResponse answer(RecordedRequest request) {
        HttpUrl url = request.getRequestUrl();
        String method = request.getMethod();
        if (url == null || method == null) {
            return respond(Answer.error(400, null, "bad request"));
        }
        String path = url.encodedPath();
        String body = request.getBody().clone().readUtf8();
        seen.add(new Seen(method, request.getPath(), request.getHeaders(), body));
        if (method.equals("POST") && path.equals(ORDERS)) {
            orderPosts++;
            parse(body).map(order -> order.path("client_order_id")).filter(JsonNode::isTextual)
                    .ifPresent(id -> postsByClientId.merge(id.asText(), 1, Integer::sum));
        }
        Fault fault = nextFault(method + " " + path);
        if (fault != null && fault.instead != null) {
            return fault.instead.get();
        }
        BigDecimal fillOnly = fault == null ? null : fault.fillOnly;
        MockResponse response = respond(refusedKeys(request).orElseGet(() -> serve(method, path, url, body, fillOnly)));
        if (fault != null && fault.afterServing != null) {
            response.setSocketPolicy(fault.afterServing);
        }
        return response;
    }

    /** The fault scripted for this request by its number, else the next one scripted for its route, else null. */
    private Fault nextFault(String route) {
        Fault fault = faultsByNumber.remove(seen.size());
        if (fault != null) {
            return fault;
        }
        Deque<Fault> queued = faultsByRoute.get(route);
        return queued == null ? null : queued.poll();
    }

    private static Optional<Answer> refusedKeys(RecordedRequest request) {
        String keyId = request.getHeader("APCA-API-KEY-ID");
        String secret = request.getHeader("APCA-API-SECRET-KEY");
        if (keyId == null || secret == null) {
            return Optional.of(Answer.error(403, null, "forbidden."));
        }
        if (!keyId.equals(KEY_ID) || !secret.equals(SECRET_KEY)) {
            return Optional.of(Answer.error(401, 40110000L, "request is not authorized"));
        }
        return Optional.empty();
    }

    private Answer serve(String method, String path, HttpUrl url, String body, BigDecimal fillOnly) {
        String route = method + " " + path;
        List<String> segments = url.pathSegments();
        return switch (route) {
            case "GET /v2/account" -> Answer.ok(book.account());
            case "GET /v2/clock" -> Answer.ok(book.clock);
            case "GET /v2/calendar" -> Answer.ok(book.calendar(url.queryParameter("start"), url.queryParameter("end")));
            case "POST " + ORDERS -> book.submit(parse(body).orElse(null), fillOnly);
            case "GET /v2/orders:by_client_order_id" -> book.getOrderByClientId(String.valueOf(url.queryParameter("client_order_id")));
            case "GET " + ORDERS -> Answer.ok(book.orders(url.queryParameter("status"), url.queryParameter("limit"),
                    url.queryParameter("direction")));
            case "DELETE " + ORDERS -> new Answer(207, book.cancelAll());
            case "GET /v2/positions" -> Answer.ok(book.positions());
            case "DELETE /v2/positions" -> new Answer(207, book.closeAll("true".equals(url.queryParameter("cancel_orders"))));
            default -> {
                if (method.equals("GET") && segments.size() == 3 && path.startsWith("/v2/assets/")) {
                    yield book.asset(segments.get(2));
                }
                if (method.equals("GET") && segments.size() == 3 && path.startsWith(ORDERS + "/")) {
                    yield book.getOrder(segments.get(2));
                }
                yield Answer.error(404, null, "endpoint not found");
            }
        };
    }

    /** Every answer carries the rate-limit headers, as Alpaca's do. */
    private MockResponse respond(Answer answer) {
        return json(answer.status(), write(answer.body())).setHeader("X-Ratelimit-Limit", 200)
                .setHeader("X-Ratelimit-Remaining", 199).setHeader("X-Ratelimit-Reset", book.now.getEpochSecond() + 60);
    }

    private static Optional<JsonNode> parse(String body) {
        try {
            return Optional.ofNullable(Json.mapper().readTree(body));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static MockResponse json(int status, String body) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body);
    }

    private static String write(JsonNode node) {
        try {
            return Json.mapper().writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
