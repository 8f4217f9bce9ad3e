package io.kairos.execution.alpaca;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import io.kairos.execution.BrokerException;
import io.kairos.execution.BrokerOrder;
import io.kairos.execution.OrderSide;
import io.kairos.execution.OrderStatus;
import io.kairos.ops.Json;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The lenient reading of Alpaca's objects, on shapes the fake does not produce. */
class AlpacaJsonTest {

    private static final String FROM = "GET http://localhost/v2/orders";

    private static JsonNode json(String text) throws IOException {
        return Json.mapper().readTree(text);
    }

    @Test
    void anOrderOfAKindKairosNeverSendsStillReads() throws IOException {
        BrokerOrder order = AlpacaJson.order(json("{\"id\":\"o-1\",\"client_order_id\":\"leg-1\",\"symbol\":\"MSFT\","
                + "\"side\":\"sell\",\"qty\":\"10\",\"type\":\"stop_limit\",\"time_in_force\":\"cls\",\"status\":\"held\","
                + "\"filled_qty\":\"0\",\"filled_avg_price\":null,\"submitted_at\":\"2026-03-17T14:02:11.5Z\","
                + "\"legs\":null,\"some_field_added_in_2027\":{\"x\":1}}"), FROM);

        assertEquals(OrderSide.SELL, order.side());
        assertNull(order.type(), "stop_limit is not a type Kairos sends");
        assertNull(order.timeInForce(), "nor is cls");
        assertEquals(OrderStatus.NEW, order.status(), "held is a working state");
        assertEquals(Instant.parse("2026-03-17T14:02:11.500Z"), order.submittedAt());
    }

    @Test
    void aNotionalOrderHasNoQuantityAndAnAbsentFilledQuantityIsZero() throws IOException {
        BrokerOrder order = AlpacaJson.order(json("{\"id\":\"o-2\",\"symbol\":\"AAPL\",\"side\":\"buy\",\"qty\":null,"
                + "\"notional\":\"500\",\"type\":\"market\",\"time_in_force\":\"day\",\"status\":\"new\"}"), FROM);

        assertNull(order.qty());
        assertEquals(BigDecimal.ZERO, order.filledQty());
        assertNull(order.clientOrderId());
    }

    @Test
    void decimalsSentAsNumbersAndTimesWithAnOffsetAndNoFractionAreAccepted() throws IOException {
        BrokerOrder order = AlpacaJson.order(json("{\"id\":\"o-3\",\"symbol\":\"AAPL\",\"side\":\"buy\",\"qty\":2.5,"
                + "\"filled_qty\":2.5,\"filled_avg_price\":213.47,\"type\":\"market\",\"time_in_force\":\"day\","
                + "\"status\":\"filled\",\"filled_at\":\"2026-03-17T09:30:01-04:00\"}"), FROM);

        assertEquals(new BigDecimal("2.5"), order.qty());
        assertEquals(new BigDecimal("213.47"), order.filledAvgPrice());
        assertEquals(Instant.parse("2026-03-17T13:30:01Z"), order.filledAt());
    }

    @Test
    void aDecimalThatIsNotOneIsReportedWithItsField() throws IOException {
        BrokerException error = assertThrows(BrokerException.class, () -> AlpacaJson.position(json(
                "{\"symbol\":\"AAPL\",\"qty\":\"twenty\"}"), "GET http://localhost/v2/positions"));

        assertEquals(BrokerException.Kind.UNAVAILABLE, error.brokerKind());
        assertEquals("Alpaca's answer to GET http://localhost/v2/positions has 'qty' = 'twenty', which is not a decimal number:"
                + " {\"symbol\":\"AAPL\",\"qty\":\"twenty\"}. Run the command again; if it keeps happening, Alpaca's answers have"
                + " changed shape and Kairos needs an update.", error.getMessage());
    }
}
