package io.kairos.execution.alpaca;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.execution.BrokerException;
import io.kairos.execution.alpaca.FakeAlpaca.Fault;
import io.kairos.http.testing.RecordingSleeper;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Reads survive throttling, server errors and dropped connections; refusals fail at once with Alpaca's words. */
class AlpacaBrokerRetryTest {

    private FakeAlpaca fake;
    private RecordingSleeper sleeper;
    private AlpacaBroker broker;

    @BeforeEach
    void start() {
        fake = FakeAlpaca.start();
        sleeper = new RecordingSleeper();
        broker = AlpacaTestSetup.broker(fake, sleeper);
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    private BrokerException fails(Executable call) {
        BrokerException error = assertThrows(BrokerException.class, call);
        assertFalse(error.getMessage().contains(FakeAlpaca.KEY_ID) || error.getMessage().contains(FakeAlpaca.SECRET_KEY),
                error.getMessage());
        return error;
    }

    @Test
    void aRateLimitedReadWaitsUntilTheResetThenRetries() {
        long reset = AlpacaTestSetup.NOW.getEpochSecond() + 12;
        fake.failNext("GET", "/v2/account", Fault.rateLimited(reset));

        assertEquals(new BigDecimal("100000"), broker.account().equity());

        // 12 s until the reset, plus half the 100 ms initial backoff as jitter
        assertEquals(List.of(Duration.ofMillis(12_050)), sleeper.sleeps());
        assertEquals(2, fake.requestCount());
    }

    @Test
    void serverErrorsAndDroppedConnectionsAreRetriedWithDoublingBackoff() {
        fake.failNext("GET", "/v2/positions", Fault.serverError(), Fault.disconnect(), Fault.status(503, ""));

        assertEquals(List.of(), broker.positions());

        assertEquals(List.of(Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(200)), sleeper.sleeps());
        assertEquals(4, fake.requestCount());
    }

    @Test
    void aDeleteIsRetriedToo() {
        fake.failNext("DELETE", "/v2/orders", Fault.serverError());

        assertEquals(List.of(), broker.cancelAllOrders());
        assertEquals(2, fake.requestCount());
    }

    @Test
    void aBrokerFailingEveryAttemptIsUnavailable() {
        fake.failNext("GET", "/v2/clock", Fault.serverError(), Fault.serverError(), Fault.serverError(), Fault.serverError());

        BrokerException error = fails(broker::clock);

        assertEquals(BrokerException.Kind.UNAVAILABLE, error.brokerKind());
        assertEquals(500, error.httpStatus());
        assertTrue(error.getMessage().startsWith("Alpaca trading GET " + fake.baseUrl() + "/v2/clock still failed with HTTP 500"
                + " after 4 attempts: Alpaca is failing or unavailable (Alpaca said: internal server error occurred)."),
                error.getMessage());
        assertEquals(4, fake.requestCount());
    }

    @Test
    void aRefusedReadIsNotRetriedAndSaysWhatAlpacaSaid() {
        fake.failNext("GET", "/v2/calendar", Fault.status(422, "{\"code\":40010001,\"message\":\"start must be before end\"}"));

        BrokerException error = fails(() -> broker.calendar(LocalDate.parse("2026-03-20"), LocalDate.parse("2026-03-16")));

        assertEquals(BrokerException.Kind.REFUSED, error.brokerKind());
        assertEquals(422, error.httpStatus());
        assertEquals("Alpaca trading GET " + fake.baseUrl() + "/v2/calendar?start=2026-03-20&end=2026-03-16 was refused with"
                + " HTTP 422: start must be before end (code 40010001)", error.getMessage());
        assertEquals(1, fake.requestCount());
        assertEquals(List.of(), sleeper.sleeps());
    }

    @Test
    void wrongKeysAreAnAuthenticationFailureThatNeverEchoesThem() {
        AlpacaBroker wrong = AlpacaTestSetup.broker(new AlpacaBrokerSettings(fake.baseUrl(), "PKWRONGKEY000000001",
                "wrong-secret-98765", AlpacaTestSetup.POLICY), sleeper);

        BrokerException error = fails(wrong::account);

        assertEquals(BrokerException.Kind.AUTHENTICATION, error.brokerKind());
        assertEquals(401, error.httpStatus());
        assertTrue(error.getMessage().contains("the API keys were refused (Alpaca said: request is not authorized (code 40110000))."
                + " Check ALPACA_API_KEY_ID and ALPACA_API_SECRET_KEY, and that they belong to the account of the base URL"),
                error.getMessage());
        assertFalse(error.getMessage().contains("PKWRONGKEY000000001") || error.getMessage().contains("wrong-secret-98765"));
        assertEquals(1, fake.requestCount());
    }

    @Test
    void a403WithoutCodeRefusesTheKeysButWithACodeItIsABusinessRefusal() {
        fake.failNext("GET", "/v2/account", Fault.status(403, "{\"message\":\"forbidden.\"}"));
        assertEquals(BrokerException.Kind.AUTHENTICATION, fails(broker::account).brokerKind());

        fake.failNext("GET", "/v2/positions", Fault.status(403, "{\"code\":40310000,\"message\":\"account is restricted\"}"));
        BrokerException refused = fails(broker::positions);
        assertEquals(BrokerException.Kind.REFUSED, refused.brokerKind());
        assertTrue(refused.getMessage().endsWith("was refused with HTTP 403: account is restricted (code 40310000)"),
                refused.getMessage());
    }

    @Test
    void aKeyEchoedInAnErrorBodyIsMasked() {
        fake.failNext("GET", "/v2/account", Fault.status(400, "{\"message\":\"bad request from key " + FakeAlpaca.KEY_ID
                + " secret " + FakeAlpaca.SECRET_KEY + "\"}"));

        BrokerException error = fails(broker::account);

        assertTrue(error.getMessage().endsWith("bad request from key REDACTED secret REDACTED"), error.getMessage());
    }

    @Test
    void anAnswerMissingAFieldKairosNeedsIsReportedNotGuessed() {
        fake.failNext("GET", "/v2/account", Fault.status(200, "{\"id\":\"a1\",\"status\":\"ACTIVE\",\"cash\":\"5\"}"));

        BrokerException error = fails(broker::account);

        assertEquals(BrokerException.Kind.UNAVAILABLE, error.brokerKind());
        assertTrue(error.getMessage().startsWith("Alpaca's answer to GET " + fake.baseUrl() + "/v2/account has no 'equity': "
                + "{\"id\":\"a1\",\"status\":\"ACTIVE\",\"cash\":\"5\"}."), error.getMessage());
    }
}
