package io.kairos.execution.alpaca;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.execution.Account;
import io.kairos.execution.Asset;
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
import io.kairos.execution.alpaca.FakeAlpaca.Fault;
import io.kairos.http.testing.RecordingSleeper;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every read of {@link AlpacaBroker} against the fake's shapes, with values worked out by hand. */
class AlpacaBrokerReadsTest {

    private static final String ACCOUNT_ID = "7c0ffee1-5eed-4a11-b0a7-2b3c4d5e6f70";

    private FakeAlpaca fake;
    private AlpacaBroker broker;

    @BeforeEach
    void start() {
        fake = FakeAlpaca.start();
        broker = AlpacaTestSetup.broker(fake, new RecordingSleeper());
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    private static OrderRequest buy(String clientOrderId, String symbol, String qty) {
        return OrderRequest.market(clientOrderId, symbol, OrderSide.BUY, dec(qty), TimeInForce.DAY);
    }

    @Test
    void accountEquityIsCashPlusPositionsAtTheirPrices() {
        fake.cash("41873.12").lastEquity("100918.40").price("AAPL", "214.45").position("AAPL", "250", "213.47");

        // equity = 41873.12 + 250 x 214.45 = 41873.12 + 53612.50; buying power = cash
        assertEquals(new Account(ACCOUNT_ID, "ACTIVE", dec("95485.62"), dec("100918.40"), dec("41873.12"), dec("41873.12"), false),
                broker.account());
        assertEquals("/v2/account", fake.requests().get(0).target());
    }

    @Test
    void theLegacyAccountShapeWithDayTradingFieldsReadsTheSame() {
        fake.legacyAccountShape();

        assertEquals(new Account(ACCOUNT_ID, "ACTIVE", dec("100000"), dec("100000"), dec("100000"), dec("100000"), false),
                broker.account());
    }

    @Test
    void anAccountIsBlockedWhenEitherItOrItsTradingIs() {
        assertEquals(false, broker.account().blocked());
        fake.blockTrading();
        assertEquals(true, broker.account().blocked());

        FakeAlpaca other = FakeAlpaca.start().blockAccount();
        try {
            assertEquals(true, AlpacaTestSetup.broker(other, new RecordingSleeper()).account().blocked());
        } finally {
            other.close();
        }
    }

    @Test
    void clockTimesWithTheNewYorkOffsetBecomeInstants() {
        fake.clock("2026-03-17T07:41:05.123456789-04:00", false, "2026-03-17T09:30:00-04:00", "2026-03-17T16:00:00-04:00");

        assertEquals(new MarketClock(Instant.parse("2026-03-17T11:41:05.123456789Z"), false,
                Instant.parse("2026-03-17T13:30:00Z"), Instant.parse("2026-03-17T20:00:00Z")), broker.clock());
    }

    @Test
    void calendarSendsTheDatesAndKeepsWallClockTimes() {
        fake.session("2026-12-23", "09:30", "16:00").session("2026-12-24", "09:30", "13:00")
                .session("2026-12-28", "09:30", "16:00");

        List<BrokerSession> days = broker.calendar(LocalDate.parse("2026-12-23"), LocalDate.parse("2026-12-27"));

        assertEquals(List.of(new BrokerSession(LocalDate.parse("2026-12-23"), LocalTime.of(9, 30), LocalTime.of(16, 0)),
                new BrokerSession(LocalDate.parse("2026-12-24"), LocalTime.of(9, 30), LocalTime.of(13, 0))), days,
                "Christmas Eve closes at 13:00; the 25th is no session");
        assertEquals("/v2/calendar?start=2026-12-23&end=2026-12-27", fake.requests().get(0).target());
    }

    @Test
    void assetsKnownNotTradableAndUnknown() {
        fake.price("AAPL", "214.45").asset("GRYZ", false, false, "OTC");

        assertEquals(Optional.of(new Asset("AAPL", true, true, "NASDAQ")), broker.asset("AAPL"));
        assertEquals(Optional.of(new Asset("GRYZ", false, false, "OTC")), broker.asset("GRYZ"));
        assertEquals(Optional.empty(), broker.asset("ZZZZ"), "Alpaca's 404 means no such asset");
        assertEquals("/v2/assets/ZZZZ", fake.requests().get(2).target());
    }

    @Test
    void anOrderIsLookedUpByClientOrderIdThroughTheLiteralColonPath() {
        fake.price("AAPL", "214.45").cash("10000");
        broker.submit(buy("kairos-2026-03-17-AAPL-B-01", "AAPL", "25"));

        BrokerOrder order = broker.orderByClientId("kairos-2026-03-17-AAPL-B-01").orElseThrow();

        assertEquals("/v2/orders:by_client_order_id?client_order_id=kairos-2026-03-17-AAPL-B-01", fake.requests().get(1).target());
        assertEquals(new BrokerOrder("4f1d0c2e-0000-4000-8000-000000000001", "kairos-2026-03-17-AAPL-B-01", "AAPL", OrderSide.BUY,
                dec("25"), OrderType.MARKET, TimeInForce.DAY, OrderStatus.FILLED, dec("25"), dec("214.45"),
                Instant.parse("2026-03-17T11:41:05.123456789Z"), Instant.parse("2026-03-17T11:41:05.123456789Z")), order);
        assertEquals(Optional.empty(), broker.orderByClientId("kairos-2026-03-17-MSFT-B-01"), "Alpaca's 404 means no such order");
    }

    @Test
    void ordersOpenOrAllComeOldestFirst() {
        fake.price("AAPL", "214.45").price("MSFT", "498.20").price("NVDA", "181.05");
        broker.submit(buy("k-aapl", "AAPL", "10"));
        fake.holdOrders();
        broker.submit(buy("k-msft", "MSFT", "5"));
        broker.submit(buy("k-nvda", "NVDA", "20"));

        List<BrokerOrder> open = broker.orders(true);
        List<BrokerOrder> all = broker.orders(false);

        assertEquals(List.of("k-msft", "k-nvda"), open.stream().map(BrokerOrder::clientOrderId).toList());
        assertEquals(List.of(OrderStatus.ACCEPTED, OrderStatus.ACCEPTED), open.stream().map(BrokerOrder::status).toList());
        assertEquals(List.of("k-aapl", "k-msft", "k-nvda"), all.stream().map(BrokerOrder::clientOrderId).toList());
        List<String> targets = fake.requests().stream().map(FakeAlpaca.Seen::target).toList();
        assertEquals(List.of("/v2/orders?status=open&limit=500&direction=desc", "/v2/orders?status=all&limit=500&direction=desc"),
                targets.subList(3, 5));
    }

    @Test
    void positionsLongAndShort() {
        fake.price("AAPL", "214.45").price("TSLA", "240").position("AAPL", "250", "213.47").position("TSLA", "-10", "250.00");

        assertEquals(List.of(new Position("AAPL", dec("250"), dec("213.47"), dec("214.45"), dec("53612.50")),
                new Position("TSLA", dec("-10"), dec("250.00"), dec("240"), dec("-2400"))), broker.positions());
    }

    @Test
    void cancelAllOrdersReadsBackEachOrderItCancelled() {
        fake.price("MSFT", "498.20").price("NVDA", "181.05").holdOrders();
        broker.submit(buy("k-msft", "MSFT", "5"));
        broker.submit(buy("k-nvda", "NVDA", "20"));

        List<BrokerOrder> cancelled = broker.cancelAllOrders();

        assertEquals(List.of("k-msft", "k-nvda"), cancelled.stream().map(BrokerOrder::clientOrderId).toList());
        assertEquals(List.of(OrderStatus.CANCELED, OrderStatus.CANCELED), cancelled.stream().map(BrokerOrder::status).toList());
        assertEquals(Optional.of("canceled"), fake.statusOf("k-msft"));
        assertEquals(List.of(), broker.cancelAllOrders(), "nothing left open");
    }

    @Test
    void cancelAllOrdersLeavesOutTheOrdersAlpacaCouldNotCancel() {
        fake.failNext("DELETE", "/v2/orders", Fault.status(207, "[{\"id\":\"9e5d2c1b-0000-4000-8000-0000000000aa\",\"status\":200,"
                + "\"body\":{\"id\":\"9e5d2c1b-0000-4000-8000-0000000000aa\",\"client_order_id\":\"k-amd\",\"symbol\":\"AMD\","
                + "\"qty\":\"12\",\"side\":\"sell\",\"type\":\"limit\",\"time_in_force\":\"gtc\",\"status\":\"pending_cancel\","
                + "\"filled_qty\":\"0\"}},{\"id\":\"9e5d2c1b-0000-4000-8000-0000000000bb\",\"status\":422,"
                + "\"body\":{\"code\":42210000,\"message\":\"order is already in \\\"filled\\\" state\"}}]"));

        List<BrokerOrder> cancelled = broker.cancelAllOrders();

        assertEquals(1, cancelled.size());
        assertEquals("k-amd", cancelled.get(0).clientOrderId());
        assertEquals(OrderStatus.ACCEPTED, cancelled.get(0).status(), "pending_cancel is still working");
        assertEquals(1, fake.requestCount(), "an item carrying its order is not read back");
    }

    @Test
    void closeAllPositionsCancelsOrdersAndSendsClosingOrders() {
        fake.cash("50000").price("AAPL", "214.45").price("TSLA", "240").position("AAPL", "250", "213.47")
                .position("TSLA", "-10", "250.00");

        List<BrokerOrder> closing = broker.closeAllPositions();

        assertEquals("/v2/positions?cancel_orders=true", fake.requests().get(0).target());
        assertEquals(List.of("AAPL SELL 250 FILLED", "TSLA BUY 10 FILLED"), closing.stream()
                .map(order -> order.symbol() + " " + order.side() + " " + order.qty() + " " + order.status()).toList());
        assertEquals(List.of(), broker.positions());
        // 50000 + 250 x 214.45 - 10 x 240 = 50000 + 53612.50 - 2400
        assertEquals(dec("101212.50"), fake.cash());
    }

    @Test
    void closeAllPositionsNamesThePositionsAlpacaLeftOpen() {
        fake.failNext("DELETE", "/v2/positions", Fault.status(207, "[{\"symbol\":\"AAPL\",\"status\":200,\"body\":{"
                + "\"id\":\"1b2c3d4e-0000-4000-8000-000000000001\",\"client_order_id\":\"x1\",\"symbol\":\"AAPL\",\"qty\":\"250\","
                + "\"side\":\"sell\",\"type\":\"market\",\"time_in_force\":\"day\",\"status\":\"accepted\",\"filled_qty\":\"0\"}},"
                + "{\"symbol\":\"GRYZ\",\"status\":403,\"body\":{\"code\":40310000,\"message\":\"insufficient qty available for"
                + " order (requested: 40, available: 0)\",\"held_for_orders\":\"40\"}}]"));

        BrokerException error = assertThrows(BrokerException.class, broker::closeAllPositions);

        assertEquals(BrokerException.Kind.REFUSED, error.brokerKind());
        assertEquals("Alpaca sent closing orders for 1 position(s) but did not close GRYZ (HTTP 403: insufficient qty available"
                + " for order (requested: 40, available: 0) (code 40310000)). Those positions are still open: check them at"
                + " Alpaca and close them by hand.", error.getMessage());
    }

    @Test
    void anOrderStateAlpacaAddsLaterIsUnknownNotAnError() {
        fake.price("AAPL", "214.45").holdOrders();
        broker.submit(buy("k-aapl", "AAPL", "1"));
        fake.setStatus("k-aapl", "pending_review");

        assertEquals(OrderStatus.UNKNOWN, broker.orderByClientId("k-aapl").orElseThrow().status());
        assertEquals(OrderStatus.UNKNOWN, broker.orders(false).get(0).status());
    }

    @Test
    void everyRequestCarriesTheKeyHeaders() {
        fake.price("AAPL", "214.45");
        broker.account();
        broker.clock();
        broker.asset("AAPL");
        broker.submit(buy("k-aapl", "AAPL", "1"));
        broker.positions();
        broker.cancelAllOrders();

        assertEquals(6, fake.requestCount());
        for (FakeAlpaca.Seen request : fake.requests()) {
            assertEquals(FakeAlpaca.KEY_ID, request.headers().get("APCA-API-KEY-ID"), request.target());
            assertEquals(FakeAlpaca.SECRET_KEY, request.headers().get("APCA-API-SECRET-KEY"), request.target());
            assertTrue(!request.target().contains(FakeAlpaca.SECRET_KEY), request.target());
        }
    }
}
