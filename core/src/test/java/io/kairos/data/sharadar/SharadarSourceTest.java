package io.kairos.data.sharadar;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SharadarSourceTest {

    private static final String KEY = "ndl-test-key-7Qx2";
    private static final String PAGE2_CURSOR = "c2hhcmFkYXItc2VwLXBhZ2UtMDAwMg";
    private static final List<String> AAPL_KRSX = List.of("AAPL", "KRSX");
    private static final LocalDate JUNE_1 = LocalDate.of(2026, 6, 1);
    private static final LocalDate JUNE_15 = LocalDate.of(2026, 6, 15);
    private static final String SEP_ROWS = "SELECT ticker, date, open, high, low, close, volume::DECIMAL(18,1), closeadj,"
            + " closeunadj, lastupdated FROM sep_base ORDER BY ticker, date";

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

    /** Pages of four rows, three attempts per request, backoff ceilings of 100 and 200 ms halved by the fixed jitter. */
    private SharadarSource source() {
        SharadarSettings settings = new SharadarSettings(server.url("/api/v3").toString(), KEY, 4,
                new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(1)));
        OkHttpClient http = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();
        return new SharadarSource(settings, http, new RetryTiming(sleeper, Clock.systemUTC(), () -> 0.5));
    }

    private LoadSummary download(SharadarRequest request) {
        return source().download(store, request, progress);
    }

    private void enqueue(String... resources) {
        for (String resource : resources) {
            server.enqueue(Fixtures.json(getClass(), resource));
        }
    }

    /** The path and query parameters of the next request, as {@code path?name=value&...} with values decoded. */
    private String nextRequest() throws InterruptedException {
        RecordedRequest request = server.takeRequest();
        assertEquals(KEY, request.getHeader("X-Api-Token"), "the key travels in the header");
        HttpUrl url = request.getRequestUrl();
        assertNull(url.queryParameter("api_key"), "the key never travels in the URL");
        List<String> parameters = new ArrayList<>();
        for (int i = 0; i < url.querySize(); i++) {
            parameters.add(url.queryParameterName(i) + "=" + url.queryParameterValue(i));
        }
        return url.encodedPath() + "?" + String.join("&", parameters);
    }

    private void assertNoKey(KairosException error) {
        assertFalse(error.getMessage().contains(KEY), error.getMessage());
    }

    @Test
    void firstDownloadFollowsTheCursorWithTheSameFiltersAndReadsUnsortedRowsByName() throws Exception {
        enqueue("sep-page1.json", "sep-page2.json", "tickers-sep.json");

        LoadSummary summary = download(new SharadarRequest(AAPL_KRSX, JUNE_1, JUNE_15, false));

        assertEquals("/api/v3/datatables/SHARADAR/SEP.json?ticker=AAPL,KRSX&date.gte=2026-06-01&date.lte=2026-06-15"
                + "&qopts.per_page=4", nextRequest());
        assertEquals("/api/v3/datatables/SHARADAR/SEP.json?ticker=AAPL,KRSX&date.gte=2026-06-01&date.lte=2026-06-15"
                + "&qopts.per_page=4&qopts.cursor_id=" + PAGE2_CURSOR, nextRequest());
        assertEquals("/api/v3/datatables/SHARADAR/TICKERS.json?table=SEP&ticker=AAPL,KRSX&qopts.per_page=4", nextRequest());
        assertEquals(3, server.getRequestCount());

        assertEquals(List.of(
                "AAPL|2026-06-11|null|null|null|202.93|null|202.93|202.93|2026-06-11",
                "AAPL|2026-06-12|203.4|205.11|202.87|204.52|44910233.0|204.52|204.52|2026-06-12",
                "AAPL|2026-06-15|204.75|206.3|203.95|205.88|39822511.0|205.88|205.88|2026-06-15",
                "KRSX|2026-06-11|51.05|51.6|50.5|51.3|1933250.0|51.1|102.6|2026-06-15",
                "KRSX|2026-06-12|50.8|51.35|50.21|51.0|2087400.0|51.0|102.0|2026-06-15",
                "KRSX|2026-06-15|51.1|52.05|50.62|51.88|2410500.0|51.88|51.88|2026-06-15"), rows(store, SEP_ROWS));
        assertEquals(6, summary.rowsInserted());
        assertEquals(0, summary.rowsReplaced());
        assertEquals(2, summary.tickers());
        assertEquals(LocalDate.of(2026, 6, 11), summary.firstDate());
        assertEquals(JUNE_15, summary.lastDate());
        assertEquals(List.of("begin Sharadar SEP prices (-1 rows)", "advance 4", "advance 6", "end 6 price rows in 2 pages",
                "begin Sharadar TICKERS (-1 names)", "advance 2", "end 2 names"), progress.events());
    }

    @Test
    void namesComeFromTheSepRowsOfTickers() throws Exception {
        enqueue("sep-page2.json", "tickers-sep.json");

        download(new SharadarRequest(AAPL_KRSX, JUNE_1, JUNE_15, false));

        nextRequest();
        assertEquals("/api/v3/datatables/SHARADAR/TICKERS.json?table=SEP&ticker=AAPL,KRSX&qopts.per_page=4", nextRequest());
        assertEquals(List.of(
                "AAPL|Apple Inc|NASDAQ|Technology|Consumer Electronics|false|1986-01-01|2026-06-15",
                "KRSX|Kestrel Robotics Inc|NYSE|Industrials|Specialty Industrial Machinery|false|2019-03-15|2026-06-15"),
                rows(store, "SELECT * FROM tickers ORDER BY ticker"));
    }

    @Test
    void wholeUniverseFiltersOnlyByDateAndTable() throws Exception {
        enqueue("sep-before-split.json", "tickers-universe.json");

        download(new SharadarRequest(List.of(), JUNE_1, null, false));

        assertEquals("/api/v3/datatables/SHARADAR/SEP.json?date.gte=2026-06-01&qopts.per_page=4", nextRequest());
        assertEquals("/api/v3/datatables/SHARADAR/TICKERS.json?table=SEP&qopts.per_page=4", nextRequest());
        assertEquals("OLDX1|Oldex Holdings Corp|NYSEMKT|Consumer Cyclical|Restaurants|true|2003-05-01|2024-02-09",
                value(store, "SELECT * FROM tickers WHERE ticker = 'OLDX1'"), "a delisted name is kept with its flag");
        assertEquals("4", value(store, "SELECT count(*) FROM sep_base"));
    }

    @Test
    void columnsAreFoundByNameWhateverTheirOrderExtraOrMissing() {
        // The pre-2021 layout: a dividends column and no closeadj; columns shuffled; an extra permaticker.
        enqueue("sep-old-layout.json", "tickers-empty.json");

        download(new SharadarRequest(List.of("KRSX"), LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 5), false));

        assertEquals(List.of(
                "KRSX|2021-03-04|40.35|40.8|39.75|40.1|980500.5|null|60.15|2021-03-04",
                "KRSX|2021-03-05|39.55|41.25|39.1|40.9|1250000.0|null|61.35|2021-03-05"), rows(store, SEP_ROWS));
    }

    @Test
    void secondDownloadAsksForRowsUpdatedSinceTheNewestStoredAndReplacesRestatedHistory() throws Exception {
        enqueue("sep-before-split.json", "tickers-sep.json");
        download(new SharadarRequest(AAPL_KRSX, JUNE_1, null, false));
        nextRequest();
        nextRequest();
        assertEquals("KRSX|2026-06-11|102.1|103.2|101.0|102.6|966625.0|102.2|102.6|2026-06-12",
                value(store, SEP_ROWS.replace("ORDER BY", "WHERE ticker = 'KRSX' AND date = DATE '2026-06-11' ORDER BY")),
                "before the split KRSX traded near 102");

        // KRSX splits 2-for-1 on 2026-06-15: Sharadar re-stamps its history with lastupdated 2026-06-15.
        enqueue("sep-page1.json", "sep-after-split-page2.json", "tickers-sep.json");
        LoadSummary second = download(new SharadarRequest(AAPL_KRSX, JUNE_1, null, false));

        assertEquals("/api/v3/datatables/SHARADAR/SEP.json?ticker=AAPL,KRSX&lastupdated.gte=2026-06-12&qopts.per_page=4",
                nextRequest(), "the newest stored lastupdated is 2026-06-12; the start date no longer filters");
        assertEquals("/api/v3/datatables/SHARADAR/SEP.json?ticker=AAPL,KRSX&lastupdated.gte=2026-06-12&qopts.per_page=4"
                + "&qopts.cursor_id=" + PAGE2_CURSOR, nextRequest());
        assertEquals(List.of(
                "AAPL|2026-06-11|202.1|203.6|201.55|202.93|41005877.0|202.93|202.93|2026-06-11",
                "AAPL|2026-06-12|203.4|205.11|202.87|204.52|44910233.0|204.52|204.52|2026-06-12",
                "AAPL|2026-06-15|204.75|206.3|203.95|205.88|39822511.0|205.88|205.88|2026-06-15",
                "KRSX|2026-06-11|51.05|51.6|50.5|51.3|1933250.0|51.1|102.6|2026-06-15",
                "KRSX|2026-06-12|50.8|51.35|50.21|51.0|2087400.0|51.0|102.0|2026-06-15",
                "KRSX|2026-06-15|51.1|52.05|50.62|51.88|2410500.0|51.88|51.88|2026-06-15"), rows(store, SEP_ROWS),
                "pre-split KRSX rows now carry halved prices, doubled volume and the unchanged traded close");
        assertEquals(5, second.rowsInserted());
        assertEquals(3, second.rowsReplaced(), "AAPL 06-12, KRSX 06-11 and KRSX 06-12 were replaced in place");
        assertEquals("0", value(store, "SELECT count(*) FROM (SELECT ticker, date FROM sep_base GROUP BY ALL HAVING count(*) > 1)"));
        assertEquals("2.0|2.0", value(store, "SELECT min(closeunadj / close), max(closeunadj / close) FROM sep_base"
                + " WHERE ticker = 'KRSX' AND date < DATE '2026-06-15'"));
    }

    @Test
    void incrementalDownloadStillFetchesTheDateRangeOfTickersNewToTheStoreAndFullHistoryIgnoresTheStore() throws Exception {
        enqueue("sep-before-split.json", "tickers-sep.json");
        download(new SharadarRequest(AAPL_KRSX, JUNE_1, JUNE_15, false));
        nextRequest();
        nextRequest();

        enqueue("sep-empty.json", "sep-empty.json", "tickers-empty.json");
        download(new SharadarRequest(List.of("AAPL", "KRSX", "MSFT"), JUNE_1, JUNE_15, false));
        assertEquals("/api/v3/datatables/SHARADAR/SEP.json?ticker=AAPL,KRSX&lastupdated.gte=2026-06-12"
                + "&date.lte=2026-06-15&qopts.per_page=4", nextRequest());
        assertEquals("/api/v3/datatables/SHARADAR/SEP.json?ticker=MSFT&date.gte=2026-06-01&date.lte=2026-06-15"
                + "&qopts.per_page=4", nextRequest());
        assertEquals("/api/v3/datatables/SHARADAR/TICKERS.json?table=SEP&ticker=AAPL,KRSX,MSFT&qopts.per_page=4", nextRequest());

        enqueue("sep-empty.json", "tickers-empty.json");
        download(new SharadarRequest(List.of("AAPL"), JUNE_1, JUNE_15, true));
        assertEquals("/api/v3/datatables/SHARADAR/SEP.json?ticker=AAPL&date.gte=2026-06-01&date.lte=2026-06-15"
                + "&qopts.per_page=4", nextRequest());
    }

    @Test
    void longTickerListsAreSplitSoUrlsStayShort() throws Exception {
        List<String> tickers = IntStream.range(0, 400).mapToObj(i -> String.format("T%03d", i)).toList();
        enqueue("sep-empty.json", "sep-empty.json", "tickers-empty.json", "tickers-empty.json");

        download(new SharadarRequest(tickers, JUNE_1, JUNE_15, false));

        // Four characters and a comma each: 300 tickers make 1,499 characters, the most under the 1,500 budget.
        List<String> firstChunk = tickerFilter(server.takeRequest());
        List<String> secondChunk = tickerFilter(server.takeRequest());
        assertEquals(tickers.subList(0, 300), firstChunk);
        assertEquals(tickers.subList(300, 400), secondChunk);
        assertEquals(tickers.subList(0, 300), tickerFilter(server.takeRequest()), "TICKERS is chunked the same way");
        assertEquals(tickers.subList(300, 400), tickerFilter(server.takeRequest()));
        assertEquals(4, server.getRequestCount());
    }

    private static List<String> tickerFilter(RecordedRequest request) {
        return Arrays.asList(request.getRequestUrl().queryParameter("ticker").split(","));
    }

    @Test
    void anInvalidKeyIsReportedAsRefusedAfterExactlyOneRequest() {
        server.enqueue(Fixtures.jsonBody(400, Fixtures.text(getClass(), "error-qeax01.json")));

        KairosException error = assertThrows(KairosException.class,
                () -> download(new SharadarRequest(List.of("AAPL"), JUNE_1, JUNE_15, false)));

        assertEquals("Nasdaq Data Link GET " + server.url("/api/v3/datatables/SHARADAR/SEP.json")
                + "?ticker=AAPL&date.gte=2026-06-01&date.lte=2026-06-15&qopts.per_page=4 was refused with HTTP 400:"
                + " the API key was refused. Check NASDAQ_DATA_LINK_API_KEY (or NASDAQ_API_KEY): copy the key again from"
                + " your Nasdaq Data Link account settings (QEAx01: We could not recognize your API key. Please check your"
                + " API key and try again.)", error.getMessage());
        assertEquals(KairosException.Kind.FAILURE, error.kind());
        assertEquals(1, server.getRequestCount());
        assertTrue(sleeper.sleeps().isEmpty());
        assertNoKey(error);
        assertEquals("0", value(store, "SELECT count(*) FROM load_log"));
    }

    @Test
    void aMissingKeyIsAUsageErrorBeforeAnyRequest() {
        for (String missing : Arrays.asList(null, "", "   ")) {
            KairosException error = assertThrows(KairosException.class,
                    () -> new SharadarSettings(server.url("/api/v3").toString(), missing, 4, RetryPolicy.DEFAULTS));
            assertEquals(KairosException.Kind.USAGE, error.kind());
            assertEquals("Nasdaq Data Link API key missing: set NASDAQ_DATA_LINK_API_KEY (or NASDAQ_API_KEY) in the"
                    + " environment or .env", error.getMessage());
        }
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void settingsNeverShowTheKey() {
        assertFalse(SharadarSettings.withKey(KEY).toString().contains(KEY));
    }

    @Test
    void aMissingSubscriptionNamesTheCodeAndWhatToCheck() {
        server.enqueue(Fixtures.jsonBody(403, Fixtures.text(getClass(), "error-qepx04.json")));

        KairosException error = assertThrows(KairosException.class,
                () -> download(new SharadarRequest(List.of("AAPL"), JUNE_1, JUNE_15, false)));

        assertTrue(error.getMessage().endsWith("was refused with HTTP 403: the key's account is not entitled to this data."
                + " Check that it subscribes to Sharadar (SHARADAR/SEP and SHARADAR/TICKERS) and that the subscription is"
                + " active (QEPx04: You do not have permission to view this dataset. Please subscribe to this database to"
                + " get access.)"), error.getMessage());
        assertEquals(1, server.getRequestCount());
        assertNoKey(error);
    }

    @Test
    void aRateLimitIsWaitedOutAsRetryAfterSays() {
        server.enqueue(Fixtures.jsonBody(429, Fixtures.text(getClass(), "error-qelx04.json")).setHeader("Retry-After", "3"));
        enqueue("sep-before-split.json", "tickers-sep.json");

        LoadSummary summary = download(new SharadarRequest(AAPL_KRSX, JUNE_1, JUNE_15, false));

        assertEquals(List.of(Duration.ofSeconds(3)), sleeper.sleeps());
        assertEquals(4, summary.rowsInserted());
        assertEquals(3, server.getRequestCount());
    }

    @Test
    void aDroppedConnectionMidDownloadIsRetriedWithTheSameCursor() throws Exception {
        enqueue("sep-page1.json");
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        enqueue("sep-page2.json", "tickers-sep.json");

        LoadSummary summary = download(new SharadarRequest(AAPL_KRSX, JUNE_1, JUNE_15, false));

        nextRequest();
        String dropped = nextRequest();
        assertTrue(dropped.endsWith("&qopts.cursor_id=" + PAGE2_CURSOR), dropped);
        assertEquals(dropped, nextRequest(), "the retry repeats the page-2 request exactly");
        assertEquals(List.of(Duration.ofMillis(50)), sleeper.sleeps());
        assertEquals(6, summary.rowsInserted());
    }

    @Test
    void aFailureOnALaterPageLeavesTheStoreAsItWas() {
        enqueue("sep-before-split.json", "tickers-sep.json");
        download(new SharadarRequest(AAPL_KRSX, JUNE_1, null, false));
        List<String> before = rows(store, SEP_ROWS);

        enqueue("sep-page1.json");
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse().setResponseCode(503).setBody("<html><body>503 Service Unavailable</body></html>"));
        }
        KairosException error = assertThrows(KairosException.class,
                () -> download(new SharadarRequest(AAPL_KRSX, JUNE_1, null, false)));

        assertTrue(error.getMessage().contains("still failed with HTTP 503 after 3 attempts: Nasdaq Data Link is failing or"
                + " unavailable. Wait a few minutes, then run the command again (the body was not a Nasdaq error:"
                + " <html><body>503 Service Unavailable</body></html>)"), error.getMessage());
        assertEquals(before, rows(store, SEP_ROWS), "page 1 of the failed download was rolled back");
        assertEquals("1", value(store, "SELECT count(*) FROM load_log"));
        assertNoKey(error);
    }

    @Test
    void malformedJsonNamesTheServiceAndWhereTheDocumentBreaks() {
        String page = Fixtures.text(getClass(), "sep-page1.json");
        server.enqueue(Fixtures.jsonBody(200, page.substring(0, page.indexOf("[\"KRSX\", \"2026-06-12\""))));

        KairosException error = assertThrows(KairosException.class,
                () -> download(new SharadarRequest(List.of("AAPL"), JUNE_1, JUNE_15, false)));

        assertTrue(error.getMessage().startsWith("Nasdaq Data Link GET " + server.url("/api/v3/datatables/SHARADAR/SEP.json")
                + "?ticker=AAPL&date.gte=2026-06-01&date.lte=2026-06-15&qopts.per_page=4 answered malformed JSON at line 6,"),
                error.getMessage());
        assertNoKey(error);
        assertEquals("0", value(store, "SELECT count(*) FROM sep_base"));
    }

    @Test
    void aRowWithoutACloseStopsTheDownloadNamingItsPlace() {
        server.enqueue(Fixtures.jsonBody(200, """
                {"datatable": {"data": [["AAPL", "2026-06-12", 203.40, 205.11, 202.87, 204.52, 44910233.0, 204.52, 204.52, "2026-06-12"],
                                        ["AAPL", "2026-06-15", 204.75, 206.30, 203.95, null, 39822511.0, null, null, "2026-06-15"]],
                               "columns": [{"name": "ticker"}, {"name": "date"}, {"name": "open"}, {"name": "high"}, {"name": "low"},
                                           {"name": "close"}, {"name": "volume"}, {"name": "closeadj"}, {"name": "closeunadj"},
                                           {"name": "lastupdated"}]},
                 "meta": {"next_cursor_id": null}}"""));

        KairosException error = assertThrows(KairosException.class,
                () -> download(new SharadarRequest(List.of("AAPL"), JUNE_1, JUNE_15, false)));

        assertTrue(error.getMessage().startsWith("SHARADAR/SEP page 1, row 2 lacks a ticker, date, close or lastupdated:"
                + " [\"AAPL\",\"2026-06-15\",204.75,206.3,203.95,null,3.9822511E7,null,null,\"2026-06-15\"]; nothing was written."),
                error.getMessage());
        assertEquals("0", value(store, "SELECT count(*) FROM sep_base"));
    }

    @Test
    void aPageWithoutARequiredColumnSaysWhichAndWhatItHas() {
        server.enqueue(Fixtures.jsonBody(200, """
                {"datatable": {"data": [], "columns": [{"name": "ticker"}, {"name": "date"}, {"name": "lastupdated"}]},
                 "meta": {"next_cursor_id": null}}"""));

        KairosException error = assertThrows(KairosException.class,
                () -> download(new SharadarRequest(List.of("AAPL"), JUNE_1, JUNE_15, false)));

        assertTrue(error.getMessage().startsWith("SHARADAR/SEP page 1 has no 'close' column (it has date, lastupdated, ticker)"),
                error.getMessage());
    }
}
