package io.kairos.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.kairos.KairosException;
import io.kairos.http.testing.Fixtures;
import io.kairos.http.testing.RecordingSleeper;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class RetryingJsonClientTest {

    private static final String KEY = "sekret-key-123";
    private static final String TOKEN = "header-token-456";
    private static final Instant NOW = Instant.ofEpochSecond(1_784_000_000L);
    /** 4 attempts; backoff ceilings 100, 200, 400 ms; jitter fixed at one half. */
    private static final RetryPolicy POLICY = new RetryPolicy(4, Duration.ofMillis(100), Duration.ofSeconds(1));

    private static final HttpService SERVICE = new HttpService() {
        @Override
        public String name() {
            return "Test API";
        }

        @Override
        public String explain(int status, String body) {
            return "explained " + status + " with body " + body;
        }
    };

    private final MockWebServer server = new MockWebServer();
    private final RecordingSleeper sleeper = new RecordingSleeper();
    private RetryingJsonClient client;

    @BeforeEach
    void start() throws IOException {
        server.start();
        // OkHttp's own silent retry of a dropped connection is off so that this client's retry is what is tested.
        OkHttpClient http = new OkHttpClient.Builder().retryOnConnectionFailure(false)
                .readTimeout(5, TimeUnit.SECONDS).build();
        client = new RetryingJsonClient(SERVICE, http, POLICY,
                new RetryTiming(sleeper, Clock.fixed(NOW, ZoneOffset.UTC), () -> 0.5));
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    private HttpUrl url() {
        return server.url("/v1/things").newBuilder().addQueryParameter("symbol", "AAPL").addQueryParameter("api_key", KEY).build();
    }

    private JsonResponse get() {
        return client.get(url(), Headers.of("X-Api-Token", TOKEN));
    }

    private String shownUrl() {
        return server.url("/v1/things") + "?symbol=AAPL&api_key=REDACTED";
    }

    @Test
    void tooManyRequestsWaitsTheSecondsRetryAfterGives() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "2").setBody("slow down"));
        server.enqueue(Fixtures.jsonBody(200, "{\"ok\": true}"));

        JsonResponse response = get();

        assertTrue(response.body().path("ok").asBoolean());
        assertEquals(shownUrl(), response.url());
        assertEquals(List.of(Duration.ofSeconds(2)), sleeper.sleeps());
        assertEquals(2, server.getRequestCount());
        assertEquals(TOKEN, server.takeRequest().getHeader("X-Api-Token"));
        assertEquals("application/json", server.takeRequest().getHeader("Accept"));
    }

    @Test
    void rateLimitResetIsWaitedForWithALittleJitter() {
        // Alpaca's reset is epoch seconds: 7 s after the fixed clock, plus half the 100 ms initial backoff.
        server.enqueue(new MockResponse().setResponseCode(429).setHeader("X-RateLimit-Reset", Long.toString(NOW.getEpochSecond() + 7)));
        server.enqueue(Fixtures.jsonBody(200, "{}"));

        get();

        assertEquals(List.of(Duration.ofMillis(7_050)), sleeper.sleeps());
    }

    @Test
    void serverErrorsAreRetriedWithDoublingJitteredBackoff() {
        server.enqueue(new MockResponse().setResponseCode(500));
        server.enqueue(new MockResponse().setResponseCode(503));
        server.enqueue(Fixtures.jsonBody(200, "{\"n\": 3}"));

        assertEquals(3, get().body().path("n").asInt());
        // half of 100 ms, then half of 200 ms
        assertEquals(List.of(Duration.ofMillis(50), Duration.ofMillis(100)), sleeper.sleeps());
    }

    @Test
    void backoffDoublesUpToItsCap() {
        Backoff backoff = new Backoff(new RetryPolicy(9, Duration.ofMillis(100), Duration.ofMillis(1000)),
                new RetryTiming(sleeper, Clock.systemUTC(), () -> 0.5));
        List<Long> millis = List.of(1, 2, 3, 4, 5, 6).stream().map(n -> backoff.afterFailure(n).toMillis()).toList();
        assertEquals(List.of(50L, 100L, 200L, 400L, 500L, 500L), millis);
    }

    @Test
    void exhaustedRetriesSayServiceUrlStatusAndWhatToDoWithoutSecrets() {
        ListAppender<ILoggingEvent> logLines = captureLog();
        for (int i = 0; i < 4; i++) {
            server.enqueue(new MockResponse().setResponseCode(503).setBody("backend down for request api_key=" + KEY + " token=" + TOKEN));
        }

        KairosException error = assertThrows(KairosException.class, this::get);

        assertEquals(KairosException.Kind.FAILURE, error.kind());
        assertEquals("Test API GET " + shownUrl() + " still failed with HTTP 503 after 4 attempts: explained 503 with"
                + " body backend down for request api_key=REDACTED token=REDACTED", error.getMessage());
        assertEquals(4, server.getRequestCount());
        assertEquals(List.of(Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(200)), sleeper.sleeps());
        List<String> lines = logLines.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertEquals(3, lines.stream().filter(line -> line.contains("answered HTTP 503; retrying")).count(), lines.toString());
        assertTrue(lines.stream().noneMatch(line -> line.contains(KEY) || line.contains(TOKEN)), lines.toString());
    }

    @Test
    void otherRefusalsFailAtOnce() {
        server.enqueue(Fixtures.jsonBody(404, "{\"message\": \"not found\"}"));

        KairosException error = assertThrows(KairosException.class, this::get);

        assertEquals("Test API GET " + shownUrl() + " was refused with HTTP 404: explained 404 with body"
                + " {\"message\": \"not found\"}", error.getMessage());
        assertEquals(1, server.getRequestCount());
        assertTrue(sleeper.sleeps().isEmpty());
    }

    @Test
    void aWaitLongerThanARunShouldTakeFailsAtOnce() {
        server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "3600"));

        KairosException error = assertThrows(KairosException.class, this::get);

        assertTrue(error.getMessage().startsWith("Test API GET " + shownUrl() + " answered HTTP 429 and asked to wait"
                + " 3600.00 s before trying again"), error.getMessage());
        assertEquals(1, server.getRequestCount());
        assertTrue(sleeper.sleeps().isEmpty());
    }

    @Test
    void aConnectionDroppedAfterTheRequestIsRetried() {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        server.enqueue(Fixtures.jsonBody(200, "{\"n\": 1}"));

        assertEquals(1, get().body().path("n").asInt());
        assertEquals(List.of(Duration.ofMillis(50)), sleeper.sleeps());
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void aConnectionDroppedAtStartIsRetried() {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
        server.enqueue(Fixtures.jsonBody(200, "{\"n\": 2}"));

        assertEquals(2, get().body().path("n").asInt());
        assertEquals(List.of(Duration.ofMillis(50)), sleeper.sleeps());
    }

    @Test
    void aServiceThatNeverAnswersIsReportedAsUnreachable() {
        for (int i = 0; i < 4; i++) {
            server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        }

        KairosException error = assertThrows(KairosException.class, this::get);

        assertTrue(error.getMessage().startsWith("Could not reach Test API for GET " + shownUrl() + " after 4 attempts: "),
                error.getMessage());
        assertTrue(error.getMessage().endsWith("Check the network connection and the base URL, then run the command again."),
                error.getMessage());
        assertFalse(error.getMessage().contains(KEY));
    }

    @Test
    void malformedJsonIsReportedWithItsPositionNotAsAStackTrace() {
        server.enqueue(Fixtures.jsonBody(200, "{\n  \"datatable\": {\n    \"data\": [[\"AAPL\", 1.0,]\n"));

        KairosException error = assertThrows(KairosException.class, this::get);

        assertTrue(error.getMessage().startsWith("Test API GET " + shownUrl() + " answered malformed JSON at line 3, column "),
                error.getMessage());
        assertFalse(error.getMessage().contains("\n"), error.getMessage());
        assertEquals(1, server.getRequestCount(), "a malformed body is not a transient failure");
    }

    @Test
    void anEmptySuccessfulBodyIsAnError() {
        server.enqueue(new MockResponse().setResponseCode(200));

        KairosException error = assertThrows(KairosException.class, this::get);

        assertEquals("Test API GET " + shownUrl() + " answered an empty body where JSON was expected. Run the command again.",
                error.getMessage());
    }

    @Test
    void aDeleteIsRetriedLikeAGetAndAMultiStatusAnswerIsASuccess() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(502));
        server.enqueue(Fixtures.jsonBody(207, "[{\"id\": \"a\", \"status\": 200}]"));

        JsonResponse response = client.send(new Request.Builder().url(url()).delete().build());

        assertEquals("a", response.body().path(0).path("id").asText());
        assertEquals("DELETE", server.takeRequest().getMethod());
        assertEquals("DELETE", server.takeRequest().getMethod());
        assertEquals(List.of(Duration.ofMillis(50)), sleeper.sleeps());
    }

    @Test
    void sendOnceDoesNotRepeatAServerError() {
        server.enqueue(new MockResponse().setResponseCode(503).setBody("api_key=" + KEY));

        HttpRequestFailure error = assertThrows(HttpRequestFailure.class, this::postOnce);

        assertEquals(HttpRequestFailure.Reason.FAILING, error.reason());
        assertEquals(503, error.status());
        assertEquals("api_key=REDACTED", error.body());
        assertEquals("Test API POST " + shownUrl() + " answered HTTP 503 and was not sent again, since a second one could"
                + " be acted on twice: explained 503 with body api_key=REDACTED", error.getMessage());
        assertEquals(1, server.getRequestCount());
        assertTrue(sleeper.sleeps().isEmpty());
    }

    @Test
    void sendOnceWaitsForTheRateLimitResetBeforeReportingA429() {
        server.enqueue(new MockResponse().setResponseCode(429).setHeader("x-ratelimit-reset", Long.toString(NOW.getEpochSecond() + 3)));

        HttpRequestFailure error = assertThrows(HttpRequestFailure.class, this::postOnce);

        assertEquals(HttpRequestFailure.Reason.FAILING, error.reason());
        assertEquals(429, error.status());
        assertEquals(List.of(Duration.ofMillis(3_050)), sleeper.sleeps());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void sendOnceReportsADroppedConnectionWithoutRepeatingIt() {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        server.enqueue(Fixtures.jsonBody(200, "{}"));

        HttpRequestFailure error = assertThrows(HttpRequestFailure.class, this::postOnce);

        assertEquals(HttpRequestFailure.Reason.UNREACHABLE, error.reason());
        assertEquals(0, error.status());
        assertTrue(error.getMessage().startsWith("No complete answer from Test API to POST " + shownUrl() + ": "), error.getMessage());
        assertEquals(1, server.getRequestCount());
    }

    private JsonResponse postOnce() {
        return client.sendOnce(new Request.Builder().url(url()).header("X-Api-Token", TOKEN)
                .post(RequestBody.create("{}", MediaType.get("application/json"))).build());
    }

    private static ListAppender<ILoggingEvent> captureLog() {
        Logger logger = (Logger) LoggerFactory.getLogger(RetryingJsonClient.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        return appender;
    }
}
