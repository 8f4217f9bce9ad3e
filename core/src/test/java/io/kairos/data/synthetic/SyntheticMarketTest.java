package io.kairos.data.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.data.store.LoadSummary;
import io.kairos.data.store.PriceStore;
import io.kairos.data.store.StoreSettings;
import io.kairos.ops.ProgressListener;
import io.kairos.testsupport.StoreSql;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shape of the generated rows: determinism, listing spans, OHLC, splits and dividends. */
class SyntheticMarketTest {

    private static final LocalDate LAST = LocalDate.of(2024, 12, 31);
    private static final List<LocalDate> SESSIONS = Weekdays.ending(LAST, 5);
    private static final LocalDate FIRST = SESSIONS.get(0);

    @TempDir
    static Path shared;
    @TempDir
    Path dir;

    private static PriceStore market;
    private static LoadSummary loaded;

    @BeforeAll
    static void generateFiveYearsOf200Tickers() {
        market = open(shared.resolve("market.duckdb"));
        loaded = new SyntheticMarket(new SyntheticSpec(200, 5, 42), SESSIONS).loadInto(market, ProgressListener.NONE);
    }

    @AfterAll
    static void closeStore() {
        market.close();
    }

    @Test
    void theLoadIsOneSyntheticLoadOverTheSessions() {
        assertEquals("synthetic", loaded.source());
        assertEquals(200, loaded.tickers());
        assertEquals(FIRST, loaded.firstDate());
        assertEquals(LAST, loaded.lastDate());
        assertEquals(loaded.rowsInserted(), StoreSql.count(market, "SELECT count(*) FROM sep_base"));
        assertEquals("{\"firstSession\":\"2020-01-01\",\"lastSession\":\"2024-12-31\",\"modelVersion\":1,\"seed\":42,"
                + "\"sessions\":1305,\"tickers\":200,\"years\":5}",
                StoreSql.column(market, "SELECT parameters FROM load_log").get(0));
    }

    @Test
    void sameSpecGivesIdenticalRowsAndAnotherSeedDoesNot() {
        List<LocalDate> sessions = Weekdays.ending(LAST, 2);
        Snapshot first = generate(dir.resolve("a.duckdb"), new SyntheticSpec(60, 2, 7), sessions);
        Snapshot second = generate(dir.resolve("b.duckdb"), new SyntheticSpec(60, 2, 7), sessions);
        Snapshot otherSeed = generate(dir.resolve("c.duckdb"), new SyntheticSpec(60, 2, 8), sessions);
        assertTrue(first.prices().size() > 60 * 400, "rows: " + first.prices().size());
        assertEquals(first.prices(), second.prices());
        assertEquals(first.tickers(), second.tickers());
        assertNotEquals(first.prices(), otherSeed.prices());
        assertNotEquals(first.tickers(), otherSeed.tickers());
    }

    @Test
    void aTickersRowsDoNotDependOnHowManyOthersAreGenerated() {
        List<LocalDate> sessions = Weekdays.ending(LAST, 1);
        Path few = dir.resolve("few.duckdb");
        generate(few, new SyntheticSpec(20, 1, 3), sessions);
        try (PriceStore many = open(dir.resolve("many.duckdb"))) {
            new SyntheticMarket(new SyntheticSpec(50, 1, 3), sessions).loadInto(many, ProgressListener.NONE);
            StoreSql.execute(many, "ATTACH '" + few + "' AS few (READ_ONLY)");
            assertEquals(20, StoreSql.count(many, "SELECT count(*) FROM few.tickers"));
            assertEquals(0, StoreSql.count(many, """
                    SELECT count(*) FROM (SELECT * FROM few.sep_base EXCEPT ALL
                        SELECT * FROM sep_base WHERE ticker IN (SELECT ticker FROM few.tickers))"""));
            assertEquals(0, StoreSql.count(many, "SELECT count(*) FROM (SELECT * FROM few.tickers EXCEPT ALL SELECT * FROM tickers)"));
        }
    }

    @Test
    void progressCountsTickers() {
        List<String> heard = new ArrayList<>();
        ProgressListener recorder = new ProgressListener() {
            @Override
            public void begin(String task, long total, String unit) {
                heard.add("begin " + task + " " + total + " " + unit);
            }

            @Override
            public void advance(long done) {
                heard.add("advance " + done);
            }

            @Override
            public void end(String summary) {
                heard.add("end " + summary);
            }
        };
        try (PriceStore store = open(dir.resolve("progress.duckdb"))) {
            new SyntheticMarket(new SyntheticSpec(3, 1, 42), Weekdays.ending(LAST, 1)).loadInto(store, recorder);
        }
        assertEquals(List.of("begin synthetic market 3 tickers", "advance 1", "advance 2", "advance 3"), heard.subList(0, 4));
        assertEquals(5, heard.size());
        assertTrue(heard.get(4).matches("end [\\d,]+ rows for 3 tickers from 2024-01-01 to 2024-12-31 in [\\d.]+ s"),
                heard.get(4));
    }

    @Test
    void everyTickerHasOneRowPerSessionOfItsListingAndTheWholeSpanNamesHaveAll() {
        assertEquals(SESSIONS.size(), StoreSql.count(market, "SELECT count(DISTINCT date) FROM sep_base"));
        assertEquals(0, StoreSql.count(market, "SELECT count(*) FROM (SELECT ticker, date FROM sep_base GROUP BY ALL HAVING count(*) > 1)"));
        assertEquals(0, StoreSql.count(market, """
                WITH sessions AS (SELECT DISTINCT date FROM sep_base),
                spans AS (SELECT ticker, count(*) AS n, min(date) AS first, max(date) AS last FROM sep_base GROUP BY ticker)
                SELECT count(*) FROM spans
                WHERE n <> (SELECT count(*) FROM sessions s WHERE s.date BETWEEN spans.first AND spans.last)"""),
                "no gaps inside a listing");
        long wholeSpan = StoreSql.count(market, "SELECT count(*) FROM tickers WHERE firstpricedate = DATE '" + FIRST
                + "' AND NOT isdelisted");
        assertTrue(wholeSpan > 100, "names listed the whole span: " + wholeSpan);
        assertEquals(wholeSpan * SESSIONS.size(), StoreSql.count(market, "SELECT count(*) FROM sep_base JOIN tickers USING (ticker)"
                + " WHERE firstpricedate = DATE '" + FIRST + "' AND NOT isdelisted"));
    }

    @Test
    void listingsAndDelistingsHappenAndNoRowFallsOutsideAListing() {
        long listedLater = StoreSql.count(market, "SELECT count(*) FROM tickers WHERE firstpricedate > DATE '" + FIRST + "'");
        long delisted = StoreSql.count(market, "SELECT count(*) FROM tickers WHERE isdelisted");
        assertTrue(listedLater >= 5 && listedLater <= 60, "listed during the span: " + listedLater);
        assertTrue(delisted >= 5 && delisted <= 60, "delisted: " + delisted);
        assertEquals(0, StoreSql.count(market, "SELECT count(*) FROM tickers WHERE isdelisted AND lastpricedate >= DATE '" + LAST + "'"));
        assertEquals(0, StoreSql.count(market, "SELECT count(*) FROM tickers WHERE NOT isdelisted AND lastpricedate <> DATE '" + LAST + "'"));
        assertEquals(0, StoreSql.count(market, """
                SELECT count(*) FROM (SELECT ticker, min(date) AS first, max(date) AS last FROM sep_base GROUP BY ticker)
                JOIN tickers USING (ticker) WHERE first <> firstpricedate OR last <> lastpricedate"""));
    }

    @Test
    void tickersHaveRealisticSymbolsNamesExchangesAndAllElevenSectors() {
        assertEquals(200, StoreSql.count(market, "SELECT count(DISTINCT ticker) FROM tickers"));
        assertEquals(0, StoreSql.count(market, "SELECT count(*) FROM tickers WHERE NOT regexp_full_match(ticker, '[A-Z]{2,5}')"));
        assertEquals(0, StoreSql.count(market, "SELECT count(*) FROM tickers WHERE exchange NOT IN ('NYSE', 'NASDAQ')"
                + " OR name IS NULL OR industry IS NULL"));
        assertEquals(List.of("Communication Services", "Consumer Discretionary", "Consumer Staples", "Energy", "Financials",
                "Health Care", "Industrials", "Information Technology", "Materials", "Real Estate", "Utilities"),
                StoreSql.column(market, "SELECT DISTINCT sector FROM tickers ORDER BY sector"));
    }

    @Test
    void barsAreConsistentOnEveryRow() {
        assertEquals(0, StoreSql.count(market, """
                SELECT count(*) FROM sep_base
                WHERE open IS NULL OR high IS NULL OR low IS NULL OR volume IS NULL OR closeadj IS NULL
                   OR closeunadj IS NULL OR lastupdated IS NULL
                   OR high < greatest(open, close) OR low > least(open, close) OR low <= 0 OR volume <= 0
                   OR closeadj <= 0 OR closeunadj <= 0 OR lastupdated < date"""));
        assertEquals(0, StoreSql.count(market, "SELECT count(*) FROM sep_base WHERE closeunadj <> round(closeunadj, 4)"),
                "traded prices are on the tick grid");
    }

    @Test
    void splitsChangeTheTradedPriceByTheirRatioButLeaveTheAdjustedSeriesSmooth() {
        List<List<Object>> splits = StoreSql.rows(market, """
                WITH f AS (
                    SELECT ticker, date, closeunadj / close AS factor, lag(closeunadj / close) OVER w AS prior_factor,
                        close / lag(close) OVER w AS adjusted_move, closeunadj / lag(closeunadj) OVER w AS traded_move,
                        closeadj / lag(closeadj) OVER w AS total_move
                    FROM sep_base WINDOW w AS (PARTITION BY ticker ORDER BY date))
                SELECT ticker, date, prior_factor / factor AS ratio, adjusted_move, traded_move, total_move
                FROM f WHERE abs(prior_factor / factor - 1) > 1e-9 ORDER BY ticker, date""");
        assertTrue(splits.size() >= 10, "splits: " + splits.size());
        Set<Double> ratios = Set.of(1.5, 2.0, 3.0, 0.1, 0.2);
        for (List<Object> split : splits) {
            double ratio = (Double) split.get(2);
            double adjustedMove = (Double) split.get(3);
            double tradedMove = (Double) split.get(4);
            assertTrue(ratios.stream().anyMatch(r -> Math.abs(ratio / r - 1) < 1e-9), "ratio " + split);
            assertEquals(adjustedMove / ratio, tradedMove, 1e-9 * tradedMove, "traded move is the adjusted move / ratio " + split);
            assertTrue(adjustedMove > 0.6 && adjustedMove < 1.6, "no jump in the adjusted close " + split);
        }
        assertTrue(splits.stream().anyMatch(split -> (Double) split.get(2) > 1), "forward splits happen");
        assertEquals(0, StoreSql.count(market, """
                SELECT count(*) FROM sep_base s JOIN tickers t ON s.ticker = t.ticker AND s.date = t.lastpricedate
                WHERE s.closeunadj <> s.close OR s.closeadj <> s.close OR s.lastupdated <> s.date"""),
                "the last row of each name is unadjusted");
    }

    @Test
    void rowsAdjustedByALaterActionWereLastUpdatedOnOrAfterIt() {
        assertEquals(0, StoreSql.count(market, """
                WITH r AS (SELECT ticker, date, closeadj / close AS ratio, lag(closeadj / close) OVER w AS prior_ratio
                           FROM sep_base WINDOW w AS (PARTITION BY ticker ORDER BY date)),
                actions AS (SELECT ticker, date FROM r WHERE abs(prior_ratio / ratio - 1) > 1e-12)
                SELECT count(*) FROM sep_base s JOIN actions a ON s.ticker = a.ticker AND s.date < a.date
                WHERE s.lastupdated < a.date"""));
    }

    @Test
    void dividendsAdjustCloseadjBackwardsOnQuarterlyExDatesOnly() {
        List<Object> exDates = StoreSql.rows(market, """
                WITH r AS (SELECT ticker, closeadj / close AS ratio, lag(closeadj / close) OVER w AS prior_ratio,
                               row_number() OVER w AS session
                           FROM sep_base WINDOW w AS (PARTITION BY ticker ORDER BY date)),
                ex AS (SELECT ticker, prior_ratio / ratio AS step,
                              session - lag(session) OVER (PARTITION BY ticker ORDER BY session) AS sessions_apart
                       FROM r WHERE abs(prior_ratio / ratio - 1) > 1e-12)
                SELECT count(*), count(DISTINCT ticker), min(step), max(step),
                       count(*) FILTER (WHERE sessions_apart % 63 <> 0) FROM ex""").get(0);
        long payers = (Long) exDates.get(1);
        assertTrue(payers >= 40 && payers <= 140, "payers: " + payers);
        assertTrue((Long) exDates.get(0) >= payers * 10, "about four ex-dates a year: " + exDates);
        assertTrue((Double) exDates.get(2) >= 0.95, "a quarterly dividend is at most 5% of the price: " + exDates);
        assertTrue((Double) exDates.get(3) < 1, "closeadj/close steps down going back across every ex-date");
        assertEquals(0L, exDates.get(4), "ex-dates fall a whole number of quarters (63 sessions) apart");
        assertEquals(0, StoreSql.count(market, "SELECT count(*) FROM sep_base WHERE closeadj > close * (1 + 1e-12)"));
    }

    /** Everything a load wrote, in a fixed order. */
    private record Snapshot(List<List<Object>> prices, List<List<Object>> tickers) {
    }

    private static Snapshot generate(Path file, SyntheticSpec spec, List<LocalDate> sessions) {
        try (PriceStore store = open(file)) {
            new SyntheticMarket(spec, sessions).loadInto(store, ProgressListener.NONE);
            return new Snapshot(StoreSql.rows(store, "SELECT * FROM sep_base ORDER BY ticker, date"),
                    StoreSql.rows(store, "SELECT * FROM tickers ORDER BY ticker"));
        }
    }

    private static PriceStore open(Path file) {
        return PriceStore.open(file, PriceStore.Access.READ_WRITE, StoreSettings.DEFAULTS);
    }
}
