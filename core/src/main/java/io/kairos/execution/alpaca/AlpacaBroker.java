package io.kairos.execution.alpaca;

import com.fasterxml.jackson.databind.JsonNode;
import io.kairos.execution.Account;
import io.kairos.execution.Asset;
import io.kairos.execution.Broker;
import io.kairos.execution.BrokerException;
import io.kairos.execution.BrokerOrder;
import io.kairos.execution.BrokerSession;
import io.kairos.execution.MarketClock;
import io.kairos.execution.OrderRequest;
import io.kairos.execution.Position;
import io.kairos.http.JsonResponse;
import io.kairos.http.RetryTiming;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Alpaca Trading API v2 as a {@link Broker}. Reads are retried on 429 (after the rate-limit reset),
 * 5xx and dropped connections; an order is sent once, and any failure that may hide an accepted order
 * (no answer, 5xx, 429, an unreadable 200) is UNKNOWN_OUTCOME, for the caller to look the order up by
 * its client order id. On a 429 the POST first waits until the rate-limit window reopens, so that
 * the lookup is not throttled too.
 */
public final class AlpacaBroker implements Broker {

    /** The most orders {@code GET /v2/orders} returns in one answer. */
    static final int ORDERS_LIMIT = 500;

    private static final Logger LOG = LoggerFactory.getLogger(AlpacaBroker.class);

    private final AlpacaTradingClient client;
    private final boolean paper;

    /**
     * @param http   connect and read timeouts; its own retry and redirects are turned off here
     * @param timing waits between read attempts and after a rate-limited order
     */
    public AlpacaBroker(AlpacaBrokerSettings settings, OkHttpClient http, RetryTiming timing) {
        this.client = new AlpacaTradingClient(settings, http, timing);
        this.paper = settings.paper();
    }

    @Override
    public String name() {
        return "alpaca";
    }

    @Override
    public boolean paper() {
        return paper;
    }

    @Override
    public boolean takesBrackets() {
        return true;
    }

    @Override
    public Account account() {
        JsonResponse answer = client.get(client.url("v2/account").build());
        return AlpacaJson.account(answer.body(), from("GET", answer));
    }

    @Override
    public MarketClock clock() {
        JsonResponse answer = client.get(client.url("v2/clock").build());
        return AlpacaJson.clock(answer.body(), from("GET", answer));
    }

    @Override
    public List<BrokerSession> calendar(LocalDate from, LocalDate to) {
        JsonResponse answer = client.get(client.url("v2/calendar").addQueryParameter("start", from.toString())
                .addQueryParameter("end", to.toString()).build());
        return elements("GET", answer).stream().map(day -> AlpacaJson.session(day, from("GET", answer))).toList();
    }

    @Override
    public Optional<Asset> asset(String symbol) {
        return client.find(client.url("v2/assets").addPathSegment(symbol).build())
                .map(answer -> AlpacaJson.asset(answer.body(), from("GET", answer)));
    }

    @Override
    public BrokerOrder submit(OrderRequest request) {
        JsonResponse answer = client.submit(client.url("v2/orders").build(), AlpacaOrderBody.of(request), request.clientOrderId());
        try {
            return AlpacaJson.order(answer.body(), from("POST", answer));
        } catch (BrokerException unreadable) {
            throw new BrokerException(BrokerException.Kind.UNKNOWN_OUTCOME, 200, "Order " + request.clientOrderId()
                    + ": Alpaca accepted it, but " + unreadable.getMessage() + " Look the order up by its client order id.",
                    unreadable);
        }
    }

    /** {@code GET /v2/orders:by_client_order_id}: the colon is literal, part of the path segment. */
    @Override
    public Optional<BrokerOrder> orderByClientId(String clientOrderId) {
        return client.find(client.url("v2/orders:by_client_order_id").addQueryParameter("client_order_id", clientOrderId).build())
                .map(answer -> AlpacaJson.order(answer.body(), from("GET", answer)));
    }

    /**
     * The {@value #ORDERS_LIMIT} most recent orders, oldest first. They are asked for newest first and
     * reversed here: asked oldest first, an account with a longer history would get its oldest orders.
     */
    @Override
    public List<BrokerOrder> orders(boolean openOnly) {
        JsonResponse answer = client.get(client.url("v2/orders").addQueryParameter("status", openOnly ? "open" : "all")
                .addQueryParameter("limit", Integer.toString(ORDERS_LIMIT)).addQueryParameter("direction", "desc").build());
        List<BrokerOrder> orders = new ArrayList<>(elements("GET", answer).stream()
                .map(order -> AlpacaJson.order(order, from("GET", answer))).toList());
        if (orders.size() == ORDERS_LIMIT) {
            LOG.warn("Alpaca returned {} {} orders, its most in one answer; older ones were left out", ORDERS_LIMIT,
                    openOnly ? "open" : "recent");
        }
        Collections.reverse(orders);
        return List.copyOf(orders);
    }

    @Override
    public List<Position> positions() {
        JsonResponse answer = client.get(client.url("v2/positions").build());
        return elements("GET", answer).stream().map(position -> AlpacaJson.position(position, from("GET", answer))).toList();
    }

    /**
     * {@code DELETE /v2/orders}: Alpaca answers one item per open order. An order it could not cancel
     * (already filled, already gone) is logged and left out; one whose item carries no order is read back.
     */
    @Override
    public List<BrokerOrder> cancelAllOrders() {
        JsonResponse answer = client.delete(client.url("v2/orders").build());
        List<BrokerOrder> cancelling = new ArrayList<>();
        for (JsonNode item : elements("DELETE", answer)) {
            String id = item.path("id").asText();
            if (succeeded(item)) {
                cancelling.add(item.path("body").has("symbol") ? AlpacaJson.order(item.path("body"), from("DELETE", answer)) : order(id));
            } else {
                LOG.warn("Alpaca did not cancel order {}: HTTP {}, {}", id, item.path("status").asInt(),
                        AlpacaError.of(item.path("body")));
            }
        }
        return List.copyOf(cancelling);
    }

    /**
     * {@code DELETE /v2/positions?cancel_orders=true}. When Alpaca closes some positions but not all,
     * this throws REFUSED naming the positions still open, after the closing orders of the others were sent.
     */
    @Override
    public List<BrokerOrder> closeAllPositions() {
        JsonResponse answer = client.delete(client.url("v2/positions").addQueryParameter("cancel_orders", "true").build());
        List<BrokerOrder> closing = new ArrayList<>();
        List<String> stillOpen = new ArrayList<>();
        for (JsonNode item : elements("DELETE", answer)) {
            if (succeeded(item)) {
                closing.add(AlpacaJson.order(item.path("body"), from("DELETE", answer)));
            } else {
                stillOpen.add(item.path("symbol").asText() + " (HTTP " + item.path("status").asInt() + ": "
                        + AlpacaError.of(item.path("body")) + ")");
            }
        }
        if (!stillOpen.isEmpty()) {
            throw new BrokerException(BrokerException.Kind.REFUSED, 207, "Alpaca sent closing orders for " + closing.size()
                    + " position(s) but did not close " + String.join(", ", stillOpen) + ". Those positions are still open:"
                    + " check them at Alpaca and close them by hand.");
        }
        return List.copyOf(closing);
    }

    /** {@code GET /v2/orders/{id}}. */
    private BrokerOrder order(String id) {
        JsonResponse answer = client.get(client.url("v2/orders").addPathSegment(id).build());
        return AlpacaJson.order(answer.body(), from("GET", answer));
    }

    private static boolean succeeded(JsonNode item) {
        int status = item.path("status").asInt();
        return status >= 200 && status < 300;
    }

    private static List<JsonNode> elements(String method, JsonResponse answer) {
        return AlpacaJson.elements(answer.body(), from(method, answer));
    }

    /** {@code GET https://...}: where an answer came from, for messages; the URL carries no secret. */
    private static String from(String method, JsonResponse answer) {
        return method + " " + answer.url();
    }
}
