package io.kairos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The download command against a local fake of the vendors' APIs, configured as an operator would. */
class HttpDownloadCommandsTest {

    private static final String SEP_PAGE = """
            {"datatable": {"data": [
                ["KRSX", "2026-06-15", 51.10, 52.05, 50.62, 51.88, 2410500.0, 51.88, 51.88, "2026-06-15"],
                ["KRSX", "2026-06-12", 50.80, 51.35, 50.21, 51.00, 2087400.0, 51.00, 102.00, "2026-06-15"]],
              "columns": [{"name": "ticker", "type": "String"}, {"name": "date", "type": "Date"},
                {"name": "open", "type": "BigDecimal(19,4)"}, {"name": "high", "type": "BigDecimal(19,4)"},
                {"name": "low", "type": "BigDecimal(19,4)"}, {"name": "close", "type": "BigDecimal(19,4)"},
                {"name": "volume", "type": "BigDecimal(19,4)"}, {"name": "closeadj", "type": "BigDecimal(19,4)"},
                {"name": "closeunadj", "type": "BigDecimal(19,4)"}, {"name": "lastupdated", "type": "Date"}]},
             "meta": {"next_cursor_id": null}}""";
    private static final String TICKERS_PAGE = """
            {"datatable": {"data": [["SEP", 199059, "KRSX", "Kestrel Robotics Inc", "NASDAQ", "N", "Industrials", "Machinery"]],
              "columns": [{"name": "table", "type": "String"}, {"name": "permaticker", "type": "Integer"},
                {"name": "ticker", "type": "String"}, {"name": "name", "type": "String"}, {"name": "exchange", "type": "String"},
                {"name": "isdelisted", "type": "String"}, {"name": "sector", "type": "String"}, {"name": "industry", "type": "String"}]},
             "meta": {"next_cursor_id": null}}""";

    @TempDir
    Path home;

    private MockWebServer server;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    @Test
    void sharadarDownloadUsesTheConfiguredUrlAndKeyAndLandsTheRows() throws Exception {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String path = request.getRequestUrl().encodedPath();
                return new MockResponse().setBody(path.endsWith("/SHARADAR/SEP.json") ? SEP_PAGE : TICKERS_PAGE);
            }
        });
        CliRun.Result result = new CliRun(home)
                .env("KAIROS_SHARADAR_BASE_URL", server.url("/api/v3").toString())
                .env("NASDAQ_DATA_LINK_API_KEY", "not-a-real-key-0123")
                .run("download", "--source", "sharadar", "--symbols", "KRSX", "--start", "2026-06-01", "--end", "2026-06-15");
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.out().startsWith("loaded 2 rows for 1 tickers (2026-06-12 to 2026-06-15)"), result.out());
        RecordedRequest first = server.takeRequest();
        assertEquals("not-a-real-key-0123", first.getHeader("X-Api-Token"));
        assertEquals("/api/v3/datatables/SHARADAR/SEP.json", first.getRequestUrl().encodedPath());
        assertEquals("KRSX", first.getRequestUrl().queryParameter("ticker"));
        assertTrue(!(result.out() + result.err()).contains("not-a-real-key-0123"), "the key was printed");
        CliRun.Result stored = new CliRun(home).run("db", "query",
                "SELECT ticker, date, close, closeunadj FROM sep_base ORDER BY date", "--format", "csv");
        assertEquals("ticker,date,close,closeunadj\nKRSX,2026-06-12,51,102\nKRSX,2026-06-15,51.88,51.88\n", stored.out());
    }

    @Test
    void sharadarWithoutAKeySaysWhereToPutOne() {
        CliRun.Result result = new CliRun(home).env("KAIROS_SHARADAR_BASE_URL", server.url("/api/v3").toString())
                .run("download", "--source", "sharadar", "--symbols", "KRSX");
        assertEquals(2, result.exitCode(), result::toString);
        assertEquals("kairos: Nasdaq Data Link API key missing: set NASDAQ_DATA_LINK_API_KEY (or NASDAQ_API_KEY) in the environment"
                + " or .env\n", result.err());
        assertEquals(0, server.getRequestCount(), "no request without a key");
    }

    @Test
    void alpacaNeedsSymbolsAndAStart() {
        CliRun.Result result = new CliRun(home).run("download", "--source", "alpaca", "--symbols", "AAPL");
        assertEquals(2, result.exitCode());
        assertTrue(result.err().startsWith("--source alpaca needs --symbols A,B and --start D."), result.err());
    }
}
