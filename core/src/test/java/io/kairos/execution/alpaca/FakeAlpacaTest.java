package io.kairos.execution.alpaca;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kairos.execution.BrokerException;
import io.kairos.execution.OrderRequest;
import io.kairos.execution.OrderSide;
import io.kairos.execution.TimeInForce;
import io.kairos.execution.alpaca.FakeAlpaca.Fault;
import io.kairos.http.testing.RecordingSleeper;
import java.io.IOException;
import java.math.BigDecimal;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fake's own rules, those the broker's tests do not reach. */
class FakeAlpacaTest {

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

    @Test
    void aRequestWithoutKeysIsForbiddenWithoutACode() throws IOException {
        try (Response response = new OkHttpClient().newCall(new Request.Builder().url(fake.baseUrl() + "/v2/account").build())
                .execute()) {
            assertEquals(403, response.code());
            assertEquals("{\"message\":\"forbidden.\"}", response.body().string());
            assertEquals("200", response.header("x-ratelimit-limit"));
        }
    }

    @Test
    void aFaultCanBeScriptedByRequestNumberWhateverThePath() {
        fake.failRequest(2, Fault.status(400, "{\"code\":40010000,\"message\":\"second request refused\"}"));

        broker.clock();
        BrokerException error = assertThrows(BrokerException.class, broker::positions);
        broker.account();

        assertEquals(400, error.httpStatus());
        assertEquals(3, fake.requestCount());
    }

    @Test
    void aFixedBuyingPowerLimitsBuysAndSellsAreNotLimited() {
        fake.price("AAPL", "100").buyingPower("999.99").position("AAPL", "50", "90");

        assertEquals(BrokerException.Kind.REFUSED, assertThrows(BrokerException.class,
                () -> broker.submit(OrderRequest.market("k-buy", "AAPL", OrderSide.BUY, BigDecimal.TEN, TimeInForce.DAY)))
                .brokerKind());
        broker.submit(OrderRequest.market("k-sell", "AAPL", OrderSide.SELL, new BigDecimal("20"), TimeInForce.DAY));

        assertEquals(new BigDecimal("30"), fake.positionQty("AAPL"));
        // 100000 + 20 x 100; equity adds the 30 shares left at 100
        assertEquals(new BigDecimal("102000"), fake.cash());
        assertEquals(new BigDecimal("105000"), fake.equity());
    }
}
