package io.kairos.execution.alpaca;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.execution.BrokerException;
import io.kairos.execution.BrokerOrder;
import io.kairos.execution.OrderRequest;
import io.kairos.execution.OrderSide;
import io.kairos.execution.OrderStatus;
import io.kairos.execution.OrderType;
import io.kairos.execution.TimeInForce;
import io.kairos.execution.alpaca.FakeAlpaca.Fault;
import io.kairos.http.testing.RecordingSleeper;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An order is sent once: whatever may hide an accepted order is UNKNOWN_OUTCOME, and the fake saw exactly one POST. */
class AlpacaBrokerSubmitTest {

    private static final String ID = "kairos-2026-03-17-AAPL-B-01";
    private static final OrderRequest BUY_25_AAPL = OrderRequest.market(ID, "AAPL", OrderSide.BUY, new BigDecimal("25"),
            TimeInForce.DAY);

    private FakeAlpaca fake;
    private RecordingSleeper sleeper;
    private AlpacaBroker broker;

    @BeforeEach
    void start() {
        fake = FakeAlpaca.start().price("AAPL", "213.47");
        sleeper = new RecordingSleeper();
        broker = AlpacaTestSetup.broker(fake, sleeper);
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    private BrokerException submitFails(OrderRequest request, BrokerException.Kind kind) {
        BrokerException error = assertThrows(BrokerException.class, () -> broker.submit(request));
        assertEquals(kind, error.brokerKind(), error.getMessage());
        assertFalse(error.getMessage().contains(FakeAlpaca.KEY_ID) || error.getMessage().contains(FakeAlpaca.SECRET_KEY));
        assertEquals(1, fake.orderPosts(), "an order is POSTed once, whatever happens");
        return error;
    }

    @Test
    void aMarketOrderIsSentWithNumbersAsStringsAndFillsAtOnce() {
        BrokerOrder order = broker.submit(BUY_25_AAPL);

        FakeAlpaca.Seen post = fake.requests().get(0);
        assertEquals("POST", post.method());
        assertEquals("/v2/orders", post.target());
        assertEquals("application/json; charset=utf-8", post.headers().get("Content-Type"));
        assertEquals("{\"symbol\":\"AAPL\",\"qty\":\"25\",\"side\":\"buy\",\"type\":\"market\",\"time_in_force\":\"day\","
                + "\"client_order_id\":\"" + ID + "\"}", post.body());
        assertEquals(OrderStatus.FILLED, order.status());
        assertEquals(new BigDecimal("25"), order.filledQty());
        assertEquals(new BigDecimal("213.47"), order.filledAvgPrice());
        assertEquals(new BigDecimal("25"), fake.positionQty("AAPL"));
        // 100000 - 25 x 213.47
        assertEquals(new BigDecimal("94663.25"), fake.cash());
    }

    @Test
    void aMarketOnOpenOrderWaitsAccepted() {
        fake.holdOrders();

        BrokerOrder order = broker.submit(OrderRequest.market(ID, "AAPL", OrderSide.BUY, new BigDecimal("25"), TimeInForce.OPG));

        assertEquals(OrderStatus.ACCEPTED, order.status());
        assertEquals(TimeInForce.OPG, order.timeInForce());
        assertEquals(BigDecimal.ZERO, order.filledQty());
        assertEquals(null, order.filledAvgPrice());
        fake.fillOpenOrders();
        assertEquals(OrderStatus.FILLED, broker.orderByClientId(ID).orElseThrow().status());
    }

    @Test
    void aBracketLimitOrderCarriesItsLegs() {
        fake.price("MSFT", "497.00");
        OrderRequest bracket = new OrderRequest("kairos-MSFT-B-01", "MSFT", OrderSide.BUY, new BigDecimal("10"), OrderType.LIMIT,
                TimeInForce.GTC, new BigDecimal("498.20"), new BigDecimal("530.00"), new BigDecimal("470.00"));

        BrokerOrder order = broker.submit(bracket);

        assertEquals("{\"symbol\":\"MSFT\",\"qty\":\"10\",\"side\":\"buy\",\"type\":\"limit\",\"time_in_force\":\"gtc\","
                + "\"limit_price\":\"498.2\",\"client_order_id\":\"kairos-MSFT-B-01\",\"order_class\":\"bracket\","
                + "\"take_profit\":{\"limit_price\":\"530\"},\"stop_loss\":{\"stop_price\":\"470\"}}", fake.requests().get(0).body());
        assertEquals(OrderType.LIMIT, order.type());
        assertEquals(OrderStatus.FILLED, order.status(), "497.00 is below the 498.20 limit");
        assertEquals(new BigDecimal("497"), order.filledAvgPrice());
    }

    @Test
    void aPartialFillIsReportedAsSuch() {
        fake.failNext("POST", "/v2/orders", Fault.partialFill("10"));

        BrokerOrder order = broker.submit(BUY_25_AAPL);

        assertEquals(OrderStatus.PARTIALLY_FILLED, order.status());
        assertEquals(new BigDecimal("10"), order.filledQty());
        assertEquals(null, order.filledAt());
        assertEquals(new BigDecimal("10"), fake.positionQty("AAPL"));
    }

    @Test
    void aServerErrorIsAnUnknownOutcomeNotARetry() {
        fake.failNext("POST", "/v2/orders", Fault.serverError());

        BrokerException error = submitFails(BUY_25_AAPL, BrokerException.Kind.UNKNOWN_OUTCOME);

        assertEquals(500, error.httpStatus());
        assertTrue(error.getMessage().startsWith("Order " + ID + ": Alpaca trading POST " + fake.baseUrl() + "/v2/orders answered"
                + " HTTP 500 and was not sent again, since a second one could be acted on twice"), error.getMessage());
        assertTrue(error.getMessage().endsWith("Alpaca may or may not have accepted it: look it up by its client order id before"
                + " sending it again."), error.getMessage());
        assertEquals(List.of(), sleeper.sleeps());
    }

    @Test
    void anOrderAcceptedButNeverAnsweredIsFoundByItsClientOrderId() {
        fake.failNext("POST", "/v2/orders", Fault.acceptThenHang());

        BrokerException error = submitFails(BUY_25_AAPL, BrokerException.Kind.UNKNOWN_OUTCOME);

        assertEquals(0, error.httpStatus());
        assertTrue(error.getMessage().startsWith("Order " + ID + ": No complete answer from Alpaca trading to POST "
                + fake.baseUrl() + "/v2/orders: SocketTimeoutException"), error.getMessage());
        Optional<BrokerOrder> found = broker.orderByClientId(ID);
        assertEquals(OrderStatus.FILLED, found.orElseThrow().status(), "the caller adopts the order rather than sending it again");
        assertEquals(1, fake.ordersWithClientOrderId(ID));
    }

    @Test
    void aConnectionDroppedAfterAcceptingIsAnUnknownOutcome() {
        fake.failNext("POST", "/v2/orders", Fault.acceptThenDisconnect());

        submitFails(BUY_25_AAPL, BrokerException.Kind.UNKNOWN_OUTCOME);

        assertEquals(1, fake.ordersWithClientOrderId(ID));
    }

    @Test
    void aConnectionDroppedBeforeAcceptingIsAnUnknownOutcomeTooAndTheOrderMayBeSentAgain() {
        fake.failNext("POST", "/v2/orders", Fault.disconnect());

        submitFails(BUY_25_AAPL, BrokerException.Kind.UNKNOWN_OUTCOME);

        assertEquals(Optional.empty(), broker.orderByClientId(ID));
        assertEquals(OrderStatus.FILLED, broker.submit(BUY_25_AAPL).status());
        assertEquals(2, fake.postsWithClientOrderId(ID));
        assertEquals(1, fake.ordersWithClientOrderId(ID));
    }

    @Test
    void aRateLimitedOrderWaitsForTheResetThenReportsAnUnknownOutcome() {
        fake.failNext("POST", "/v2/orders", Fault.rateLimited(AlpacaTestSetup.NOW.getEpochSecond() + 30));

        BrokerException error = submitFails(BUY_25_AAPL, BrokerException.Kind.UNKNOWN_OUTCOME);

        assertEquals(429, error.httpStatus());
        assertEquals(List.of(Duration.ofMillis(30_050)), sleeper.sleeps(), "30 s to the reset plus 50 ms of jitter");
        assertEquals(0, fake.ordersWithClientOrderId(ID));
    }

    @Test
    void anUnreadableSuccessIsAnUnknownOutcome() {
        fake.failNext("POST", "/v2/orders", Fault.status(200, "{\"symbol\":\"AAPL\",\"status\":\"accepted\"}"));

        BrokerException error = submitFails(BUY_25_AAPL, BrokerException.Kind.UNKNOWN_OUTCOME);

        assertTrue(error.getMessage().startsWith("Order " + ID + ": Alpaca accepted it, but Alpaca's answer to POST "
                + fake.baseUrl() + "/v2/orders has no 'id'"), error.getMessage());
    }

    @Test
    void aClientOrderIdUsedBeforeIsADuplicateEvenAfterTheOrderWasCancelled() {
        fake.holdOrders();
        broker.submit(BUY_25_AAPL);
        broker.cancelAllOrders();

        BrokerException error = assertThrows(BrokerException.class, () -> broker.submit(BUY_25_AAPL));

        assertEquals(BrokerException.Kind.DUPLICATE, error.brokerKind());
        assertEquals(422, error.httpStatus());
        assertEquals("Order " + ID + ": Alpaca already has an order with this client order id (client_order_id must be unique"
                + " (code 40010001)); look it up by that id instead of sending it again.", error.getMessage());
        assertEquals(2, fake.postsWithClientOrderId(ID));
        assertEquals(1, fake.ordersWithClientOrderId(ID));
    }

    @Test
    void anotherInvalidParameterWithTheDuplicateCodeIsARefusal() {
        fake.failNext("POST", "/v2/orders", Fault.status(422, "{\"code\":40010001,\"message\":\"qty must be > 0\"}"));

        assertEquals(422, submitFails(BUY_25_AAPL, BrokerException.Kind.REFUSED).httpStatus());
    }

    @Test
    void anOrderBeyondTheBuyingPowerIsRefusedWithAlpacasMessage() {
        fake.cash("5000");

        BrokerException error = submitFails(BUY_25_AAPL, BrokerException.Kind.REFUSED);

        assertEquals(403, error.httpStatus());
        assertEquals("Order " + ID + ": Alpaca trading POST " + fake.baseUrl() + "/v2/orders was refused with HTTP 403:"
                + " insufficient buying power (code 40310000)", error.getMessage());
        assertEquals(0, fake.ordersWithClientOrderId(ID));
        assertEquals(new BigDecimal("5000"), fake.cash());
    }

    @Test
    void aScriptedBuyingPowerRefusalReadsTheSame() {
        fake.failNext("POST", "/v2/orders", Fault.insufficientBuyingPower());

        assertTrue(submitFails(BUY_25_AAPL, BrokerException.Kind.REFUSED).getMessage()
                .endsWith("insufficient buying power (code 40310000)"));
    }

    @Test
    void anAssetThatIsNotTradableIsRefused() {
        fake.asset("GRYZ", false, false, "OTC");

        BrokerException error = submitFails(OrderRequest.market("k-gryz", "GRYZ", OrderSide.BUY, BigDecimal.ONE, TimeInForce.DAY),
                BrokerException.Kind.REFUSED);

        assertTrue(error.getMessage().endsWith("asset GRYZ is not tradable (code 42210000)"), error.getMessage());
    }

    @Test
    void refusedKeysOnAnOrderAreAnAuthenticationFailure() {
        AlpacaBroker wrong = AlpacaTestSetup.broker(new AlpacaBrokerSettings(fake.baseUrl(), "PKWRONGKEY000000001",
                "wrong-secret-98765", AlpacaTestSetup.POLICY), sleeper);

        BrokerException error = assertThrows(BrokerException.class, () -> wrong.submit(BUY_25_AAPL));

        assertEquals(BrokerException.Kind.AUTHENTICATION, error.brokerKind());
        assertFalse(error.getMessage().contains("PKWRONGKEY000000001") || error.getMessage().contains("wrong-secret-98765"));
    }

    @Test
    void aSellCanFlipTheFakeToAShortAndBack() {
        fake.position("AAPL", "5", "200");

        broker.submit(OrderRequest.market("k-sell", "AAPL", OrderSide.SELL, new BigDecimal("8"), TimeInForce.DAY));

        assertEquals(new BigDecimal("-3"), fake.positionQty("AAPL"));
        assertEquals("AAPL -3 213.47", broker.positions().stream()
                .map(position -> position.symbol() + " " + position.qty() + " " + position.avgEntryPrice()).findFirst().orElseThrow());
    }
}
