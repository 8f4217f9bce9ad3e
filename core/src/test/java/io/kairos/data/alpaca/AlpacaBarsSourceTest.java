package io.kairos.data.alpaca;

import static io.kairos.http.testing.StoreRows.rows;
import static io.kairos.http.testing.StoreRows.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.KairosException;
import io.kairos.data.store.LoadSummary;
import io.kairos.data.store.PriceStore;
import io.kairos.data.store.StoreSettings;
import io.kairos.http.RetryPolicy;
import io.kairos.http.RetryTiming;
import io.kairos.http.testing.Fixtures;
import io.kairos.http.testing.RecordingProgress;
import io.kairos.http.testing.RecordingSleeper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlpacaBarsSourceTest {

    private static final String KEY_ID = "PKTEST7ALPACAKEYID";
    private static final String SECRET = "alpaca-secret-Zq91xVb";
    /** 18:00 in New York on 2026-07-21: the download date, and the latest end allowed is 17:45. */
    private static final Instant NOW = Instant.parse("2026-07-21T22:00:00Z");
    private static final String MSFT_PAGE_TOKEN = "TVNGVHxEfDIwMjYtMDctMTZUMDQ6MDA6MDBafA==";
    private static final String BARS = "SELECT ticker, date, open, high, low, close, volume::BIGINT, closeadj, closeunadj,"
            + " lastupdated FROM sep_base ORDER BY ticker, date";

    @TempDir
    Path dir;

    private final MockWebServer server = new MockWebServer();
    private final RecordingSleeper sleeper = new RecordingSleeper();
    private final RecordingProgress progress = new RecordingProgress();
    private PriceStore store;

    @BeforeEach
    void start() throws IOException {
        server.start();
        store = PriceStore.open(dir.resolve("kairos.duckdb"), PriceStore.Access.READ_WRITE, StoreSettings.DEFAULTS);
    }

    @AfterEach
    void stop() throws IOException {
        store.close();
        server.shutdown();
    }

    private AlpacaBarsSource source(int symbolsPerRequest, int pageLimit) {
        AlpacaDataSettings settings = new AlpacaDataSettings(server.url("/").toString(), KEY_ID, SECRET, "sip",
                symbolsPerRequest, pageLimit, new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(1)));
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        return new AlpacaBarsSource(settings, new OkHttpClient(), clock, new RetryTiming(sleeper, clock, () -> 0.5));
    }

    /** Answers by the {@code adjustment} and {@code page_token} parameters: key {@code split} or {@code split|<token>}. */
    private void serve(Map<String, String> resourceByAdjustmentAndToken) {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                HttpUrl url = request.getRequestUrl();
                String token = url.queryParameter("page_token");
                String key = url.queryParameter("adjustment") + (token == null ? "" : "|" + token);
                String resource = resourceByAdjustmentAndToken.get(key);
                return resource == null ? Fixtures.jsonBody(404, "{\"message\": \"no fixture for " + key + "\"}")
                        : Fixtures.json(AlpacaBarsSourceTest.class, resource);
            }
        });
    }

    /** The query of the next request as {@code name=value&...}, values decoded, after checking the key headers. */
    private String nextQuery() throws InterruptedException {
        RecordedRequest request = server.takeRequest();
        assertEquals("/v2/stocks/bars", request.getRequestUrl().encodedPath());
        assertEquals(KEY_ID, request.getHeader("APCA-API-KEY-ID"));
        assertEquals(SECRET, request.getHeader("APCA-API-SECRET-KEY"));
        HttpUrl url = request.getRequestUrl();
        assertNull(url.queryParameter("asof"), "asof is left to its default");
        List<String> parameters = new ArrayList<>();
        for (int i = 0; i < url.querySize(); i++) {
            parameters.add(url.queryParameterName(i) + "=" + url.queryParameterValue(i));
        }
        return String.join("&", parameters);
    }

    private void assertNoSecrets(KairosException error) {
        assertFalse(error.getMessage().contains(KEY_ID) || error.getMessage().contains(SECRET), error.getMessage());
    }

    @Test
    void aSymbolsSeriesSplitAcrossPagesIsAppendedNotOverwritten() throws Exception {
        // limit=4: page 1 holds AAPL's three sessions and MSFT's first; MSFT continues on page 2.
        serve(Map.of("split", "bars-aapl-msft-page1.json", "split|" + MSFT_PAGE_TOKEN, "bars-aapl-msft-page2.json",
                "all", "bars-aapl-msft-all-page1.json", "all|" + MSFT_PAGE_TOKEN, "bars-aapl-msft-all-page2.json",
                "raw", "bars-aapl-msft-page1.json", "raw|" + MSFT_PAGE_TOKEN, "bars-aapl-msft-page2.json"));

        LoadSummary summary = source(100, 4).download(store,
                new AlpacaBarsRequest(List.of("AAPL", "MSFT"), LocalDate.of(2026, 7, 16), LocalDate.of(2026, 7, 20)), progress);

        String common = "symbols=AAPL,MSFT&timeframe=1Day&start=2026-07-16T04:00:00Z&end=2026-07-21T03:59:59Z&limit=4";
        for (String adjustment : List.of("split", "all", "raw")) {
            assertEquals(common + "&adjustment=" + adjustment + "&feed=sip", nextQuery());
            assertEquals(common + "&adjustment=" + adjustment + "&feed=sip&page_token=" + MSFT_PAGE_TOKEN, nextQuery());
        }
        assertEquals(List.of(
                "AAPL|2026-07-16|209.84|211.5|208.92|210.77|41872310|210.51|210.77|2026-07-21",
                "AAPL|2026-07-17|210.95|212.68|210.4|212.1|39640122|211.84|212.1|2026-07-21",
                "AAPL|2026-07-20|212.31|214.9|211.62|214.35|48213977|214.35|214.35|2026-07-21",
                "MSFT|2026-07-16|494.1|497.25|492.8|496.44|17203988|495.61|496.44|2026-07-21",
                "MSFT|2026-07-17|496.9|499.7|495.12|498.31|15877410|497.48|498.31|2026-07-21",
                "MSFT|2026-07-20|498.5|501.95|497.02|500.88|19642751|500.88|500.88|2026-07-21"), rows(store, BARS));
        assertEquals(6, summary.rowsInserted());
        assertEquals(2, summary.tickers());
        assertEquals("MSFT|null|null|null|null|null|2026-07-16|2026-07-20",
                value(store, "SELECT * FROM tickers WHERE ticker = 'MSFT'"), "a name with just its ticker; listing dates from prices");
        assertEquals(List.of("begin Alpaca daily bars (-1 requests)", "advance 1", "advance 2", "advance 3", "advance 4",
                "advance 5", "advance 6", "end 6 bars for 2 symbols in 6 requests"), progress.events());
    }

    @Test
    void threeAdjustmentsGiveSplitAdjustedPricesTotalReturnCloseAndTradedClose() {
        // NVLX splits 4-for-1 on 2026-06-15: it traded at 404 on Friday and 102 on Monday.
        serve(Map.of("split", "bars-nvlx-split.json", "all", "bars-nvlx-all.json", "raw", "bars-nvlx-raw.json"));

        source(100, 10_000).download(store,
                new AlpacaBarsRequest(List.of("NVLX"), LocalDate.of(2026, 6, 12), LocalDate.of(2026, 6, 15)), progress);

        assertEquals(List.of(
                "NVLX|2026-06-12|100.5|102.0|99.5|101.0|4000000|100.8|404.0|2026-07-21",
                "NVLX|2026-06-15|101.5|103.0|100.25|102.0|4100000|102.0|102.0|2026-07-21"), rows(store, BARS));
        assertEquals("4.0", value(store, "SELECT closeunadj / close FROM sep_base WHERE date = DATE '2026-06-12'"),
                "the traded close over the split-adjusted close is the split factor");
    }

    @Test
    void sessionDatesAreTakenInNewYorkWhateverTheMachinesZone() throws Exception {
        serve(Map.of("split", "bars-winter-summer.json", "all", "bars-winter-summer.json", "raw", "bars-winter-summer.json"));
        TimeZone machineZone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
        try {
            source(100, 10_000).download(store,
                    new AlpacaBarsRequest(List.of("SPY"), LocalDate.of(2026, 1, 15), LocalDate.of(2026, 7, 16)), progress);
        } finally {
            TimeZone.setDefault(machineZone);
        }

        // 05:00Z in winter and 04:00Z in summer are midnight in New York, the evening before in Los Angeles.
        assertEquals(List.of("2026-01-15|590.12", "2026-01-16|591.47", "2026-07-16|623.31"),
                rows(store, "SELECT strftime(date, '%Y-%m-%d'), close FROM sep_base ORDER BY date"));
        assertTrue(nextQuery().contains("&start=2026-01-15T05:00:00Z&end=2026-07-17T03:59:59Z&"),
                "a winter start is 05:00Z, a summer end of day is 03:59:59Z the next day");
    }

    @Test
    void symbolsAreBatchedAndAnOpenEndStopsFifteenMinutesAgo() throws Exception {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                StringBuilder bars = new StringBuilder();
                for (String symbol : request.getRequestUrl().queryParameter("symbols").split(",")) {
                    bars.append(bars.length() == 0 ? "" : ", ").append('"').append(symbol)
                            .append("\": [{\"t\": \"2026-07-21T04:00:00Z\", \"o\": 10, \"h\": 11, \"l\": 9, \"c\": 10.5, \"v\": 1000}]");
                }
                return Fixtures.jsonBody(200, "{\"bars\": {" + bars + "}, \"next_page_token\": null}");
            }
        });

        LoadSummary summary = source(2, 10_000).download(store,
                new AlpacaBarsRequest(List.of("AAPL", "MSFT", "SPY"), LocalDate.of(2026, 7, 21), null), progress);

        List<String> asked = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String query = nextQuery();
            assertTrue(query.contains("&end=2026-07-21T21:45:00Z&"), query);
            HttpUrl url = HttpUrl.get("http://x/?" + query);
            asked.add(url.queryParameter("symbols") + " " + url.queryParameter("adjustment"));
        }
        assertEquals(List.of("AAPL,MSFT split", "AAPL,MSFT all", "AAPL,MSFT raw", "SPY split", "SPY all", "SPY raw"), asked);
        assertEquals(3, summary.rowsInserted());
    }

    @Test
    void refusedKeysAreSaidToBeRefusedWithoutRetrying() {
        server.enqueue(Fixtures.jsonBody(401, Fixtures.text(getClass(), "error-401.json")));

        KairosException error = assertThrows(KairosException.class, () -> source(100, 10_000).download(store,
                new AlpacaBarsRequest(List.of("AAPL"), LocalDate.of(2026, 7, 16), LocalDate.of(2026, 7, 20)), progress));

        assertTrue(error.getMessage().startsWith("Alpaca market data GET " + server.url("/v2/stocks/bars") + "?symbols=AAPL&"),
                error.getMessage());
        assertTrue(error.getMessage().endsWith(" was refused with HTTP 401: the API keys were refused. Check APCA_API_KEY_ID"
                + " and APCA_API_SECRET_KEY (Alpaca said: request is not authorized)"), error.getMessage());
        assertEquals(1, server.getRequestCount());
        assertNoSecrets(error);
        assertEquals("0", value(store, "SELECT count(*) FROM load_log"));
    }

    @Test
    void recentSipRefusalSaysToUseAnOlderEnd() {
        server.enqueue(Fixtures.jsonBody(403, Fixtures.text(getClass(), "error-403-recent-sip.json")));

        KairosException error = assertThrows(KairosException.class, () -> source(100, 10_000).download(store,
                new AlpacaBarsRequest(List.of("AAPL"), LocalDate.of(2026, 7, 16), null), progress));

        assertTrue(error.getMessage().endsWith("was refused with HTTP 403: the data subscription does not permit the most"
                + " recent SIP data. Use an end date at least 15 minutes old (Alpaca said: subscription does not permit"
                + " querying recent SIP data)"), error.getMessage());
        assertNoSecrets(error);
    }

    @Test
    void aRateLimitWaitsUntilTheResetSecond() {
        server.enqueue(new MockResponse().setResponseCode(429).setHeader("X-RateLimit-Limit", "200")
                .setHeader("X-RateLimit-Remaining", "0").setHeader("X-RateLimit-Reset", Long.toString(NOW.getEpochSecond() + 7)));
        for (int pass = 0; pass < 3; pass++) {
            server.enqueue(Fixtures.json(getClass(), "bars-winter-summer.json"));
        }

        LoadSummary summary = source(100, 10_000).download(store,
                new AlpacaBarsRequest(List.of("SPY"), LocalDate.of(2026, 1, 15), LocalDate.of(2026, 7, 16)), progress);

        assertEquals(List.of(Duration.ofMillis(7_050)), sleeper.sleeps(), "7 s to the reset plus half the 100 ms backoff");
        assertEquals(3, summary.rowsInserted());
        assertEquals(4, server.getRequestCount());
    }

    @Test
    void aSessionMissingFromOnePassIsAnErrorNamingSymbolAndDate() {
        serve(Map.of("split", "bars-nvlx-split.json", "all", "bars-nvlx-all.json", "raw", "bars-nvlx-raw-missing-day.json"));

        KairosException error = assertThrows(KairosException.class, () -> source(100, 10_000).download(store,
                new AlpacaBarsRequest(List.of("NVLX"), LocalDate.of(2026, 6, 12), LocalDate.of(2026, 6, 15)), progress));

        assertTrue(error.getMessage().startsWith("Alpaca returned no daily bar with adjustment=raw for NVLX on 2026-06-15"),
                error.getMessage());
        assertEquals("0", value(store, "SELECT count(*) FROM sep_base"));
    }

    @Test
    void missingKeysAreAUsageErrorNamingTheVariables() {
        for (String[] keys : new String[][] {{null, SECRET}, {KEY_ID, ""}, {" ", " "}}) {
            KairosException error = assertThrows(KairosException.class, () -> new AlpacaDataSettings(
                    server.url("/").toString(), keys[0], keys[1], "sip", 100, 10_000, RetryPolicy.DEFAULTS));
            assertEquals(KairosException.Kind.USAGE, error.kind());
            assertEquals("Alpaca API keys missing: set APCA_API_KEY_ID and APCA_API_SECRET_KEY in the environment or .env",
                    error.getMessage());
        }
        assertEquals(0, server.getRequestCount());
        String shown = AlpacaDataSettings.withKeys(KEY_ID, SECRET).toString();
        assertFalse(shown.contains(KEY_ID) || shown.contains(SECRET), shown);
    }
}
