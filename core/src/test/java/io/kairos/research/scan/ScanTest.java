package io.kairos.research.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.KairosException;
import io.kairos.data.store.PriceStore;
import io.kairos.data.store.StoreSettings;
import io.kairos.ops.ArtifactFolder;
import io.kairos.testsupport.StoreSql;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kairos scan on a real DuckDB store of seven hand-made tickers over the sessions 2026-11-16 to 2026-11-20, with a
 * lookback of 3: the base session is 11-17 and the lookback is 11-18, 11-19, 11-20. Screens at ADV >= $1,000,000 and
 * ATR >= 0.5%. Every figure below is worked out by hand in the comments of {@link #store}.
 */
class ScanTest {

    private static final LocalDate LAST = LocalDate.of(2026, 11, 20);
    private static final ScanSettings SETTINGS = new ScanSettings(3, 1_000_000, 0.5, 50);
    private static final double CENT = 1e-6;

    @TempDir
    Path folder;

    private PriceStore store;

    @BeforeEach
    void store() {
        store = PriceStore.open(folder.resolve("kairos.duckdb"), PriceStore.Access.READ_WRITE, StoreSettings.DEFAULTS);
        // AAA, liquid and moving. True ranges use the previous close: 11-18 max(104,100)-min(100,100) = 4; 11-19
        // max(103,102)-min(97,102) = 6; 11-20 gaps up: max(112,98)-min(108,98) = 14. ATR = 24/3 = 8, ATR% = 8/110 = 7.2727%.
        // ADV = (102*10,000 + 98*20,000 + 110*30,000)/3 = 6,280,000/3 = 2,093,333.33. Return 110/100-1 = 10%.
        // Volume surge 30,000 / 20,000 = 1.5.
        bar("AAA", "2026-11-16", 9, 9, 9, 1);
        bar("AAA", "2026-11-17", 101, 99, 100, 10_000);
        bar("AAA", "2026-11-18", 104, 100, 102, 10_000);
        bar("AAA", "2026-11-19", 103, 97, 98, 20_000);
        bar("AAA", "2026-11-20", 112, 108, 110, 30_000);
        // BBB, liquid and calm: TR 0.2 each day, ATR% = 0.2/50 = 0.4% < 0.5%: fails movement. ADV 50*100,000 = 5,000,000.
        for (String date : List.of("2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20")) {
            bar("BBB", date, 50.1, 49.9, 50, 100_000);
        }
        // CCC, moving and illiquid: TR 11-10 = 1, max(11,11)-min(9,11) = 2, 12-9 = 3; ATR 2, ATR% = 2/12 = 16.6667%.
        // ADV (11+9+12)*1,000/3 = 10,666.67 < 1M: fails liquidity. Return 12/10-1 = 20%: the top mover.
        bar("CCC", "2026-11-17", 10, 10, 10, 1_000);
        bar("CCC", "2026-11-18", 11, 10, 11, 1_000);
        bar("CCC", "2026-11-19", 11, 9, 9, 1_000);
        bar("CCC", "2026-11-20", 12, 9, 12, 1_000);
        // DDD, passes both: TR 4, 4, max(202,200)-min(195,200) = 7; ATR 5, ATR% = 5/196 = 2.5510%.
        // ADV (200+200+196)*50,000/3 = 9,933,333.33. Return 196/200-1 = -2%.
        bar("DDD", "2026-11-17", 200, 200, 200, 50_000);
        bar("DDD", "2026-11-18", 202, 198, 200, 50_000);
        bar("DDD", "2026-11-19", 202, 198, 200, 50_000);
        bar("DDD", "2026-11-20", 202, 195, 196, 50_000);
        // EEE, passes both: TR 1 each day, ATR% = 1/20 = 5%. ADV 20*60,000 = 1,200,000. Return 0.
        for (String date : List.of("2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20")) {
            bar("EEE", date, 20.5, 19.5, 20, 60_000);
        }
        // FFF misses 11-19 and GGG stops on 11-19: neither has a full lookback ending on 11-20.
        for (String date : List.of("2026-11-16", "2026-11-17", "2026-11-18", "2026-11-20")) {
            bar("FFF", date, 31, 29, 30, 100_000);
        }
        for (String date : List.of("2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19")) {
            bar("GGG", date, 31, 29, 30, 100_000);
        }
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void bar(String ticker, String date, double high, double low, double close, double volume) {
        StoreSql.execute(store, "INSERT INTO sep_base (ticker, date, open, high, low, close, volume, closeadj) VALUES ('" + ticker
                + "', DATE '" + date + "', " + close + ", " + high + ", " + low + ", " + close + ", " + volume + ", " + close + ")");
    }

    private static TickerMetrics metrics(ScanResult result, String ticker) {
        return result.candidates().stream().map(Candidate::metrics).filter(row -> row.ticker().equals(ticker)).findFirst()
                .orElseThrow(() -> new AssertionError(ticker + " is on no list"));
    }

    private static List<String> tickers(ScanResult result, ScanList list) {
        return result.list(list).stream().map(candidate -> candidate.metrics().ticker()).toList();
    }

    @Test
    void eachTickersFiguresAreTheHandWorkedOnes() {
        ScanResult result = Scan.run(store, Optional.empty(), SETTINGS);

        assertEquals(LAST, result.date(), "the store's latest date by default");
        assertEquals(5, result.scanned(), "AAA..EEE; FFF and GGG have no full lookback");
        TickerMetrics aaa = metrics(result, "AAA");
        assertEquals(6_280_000.0 / 3, aaa.adv(), CENT);
        assertEquals(8.0 / 110 * 100, aaa.atrPct(), CENT);
        assertEquals(10.0, aaa.returnPct(), CENT);
        assertEquals(1.5, aaa.volumeSurge(), CENT);
        assertEquals(110.0, aaa.lastClose(), CENT);
        assertEquals(0.4, metrics(result, "BBB").atrPct(), CENT);
        assertEquals(5_000_000.0, metrics(result, "BBB").adv(), CENT);
        assertEquals(2.0 / 12 * 100, metrics(result, "CCC").atrPct(), CENT);
        assertEquals(32_000.0 / 3, metrics(result, "CCC").adv(), CENT);
        assertEquals(20.0, metrics(result, "CCC").returnPct(), CENT);
        assertEquals(5.0 / 196 * 100, metrics(result, "DDD").atrPct(), CENT);
        assertEquals(596 * 50_000.0 / 3, metrics(result, "DDD").adv(), CENT);
        assertEquals(-2.0, metrics(result, "DDD").returnPct(), CENT);
        assertEquals(5.0, metrics(result, "EEE").atrPct(), CENT);
    }

    @Test
    void theScreensPassOnlyLiquidMovingNames() {
        ScanResult result = Scan.run(store, Optional.empty(), SETTINGS);

        assertEquals(3, result.passing());
        assertTrue(metrics(result, "BBB").passesLiquidity());
        assertFalse(metrics(result, "BBB").passesMovement(), "0.4% < 0.5%");
        assertFalse(metrics(result, "CCC").passesLiquidity(), "$10,667 < $1M");
        assertTrue(metrics(result, "CCC").passesMovement());
        assertTrue(metrics(result, "EEE").passes(), "$1.2M and 5%");
    }

    @Test
    void theListsAreRankedAsDocumented() {
        ScanResult result = Scan.run(store, Optional.empty(), SETTINGS);

        // Among AAA, DDD, EEE: ATR% ranks AAA 1, EEE 2, DDD 3; ADV ranks DDD 1, AAA 2, EEE 3.
        // Scores: AAA 1+2 = 3, DDD 3+1 = 4, EEE 2+3 = 5.
        assertEquals(List.of("AAA", "DDD", "EEE"), tickers(result, ScanList.SCREEN));
        // |return|: CCC 20, AAA 10, DDD 2, then BBB and EEE at 0 by ticker.
        assertEquals(List.of("CCC", "AAA", "DDD", "BBB", "EEE"), tickers(result, ScanList.MOVER));
        assertEquals(List.of("DDD", "BBB", "AAA", "EEE", "CCC"), tickers(result, ScanList.VOLUME));
        assertEquals(List.of(1, 2, 3), result.list(ScanList.SCREEN).stream().map(Candidate::rank).toList());
    }

    @Test
    void aTieOnTheScoreGoesToTheHigherAtr() {
        // Without EEE the scores tie: AAA 1 (ATR) + 2 (ADV) = 3 = DDD 2 + 1; AAA moves more.
        StoreSql.execute(store, "DELETE FROM sep_base WHERE ticker = 'EEE'");

        assertEquals(List.of("AAA", "DDD"), tickers(Scan.run(store, Optional.empty(), SETTINGS), ScanList.SCREEN));
    }

    @Test
    void topKeepsThatManyRowsPerList() {
        ScanResult result = Scan.run(store, Optional.empty(), new ScanSettings(3, 1_000_000, 0.5, 2));

        assertEquals(List.of("AAA", "DDD"), tickers(result, ScanList.SCREEN));
        assertEquals(List.of("CCC", "AAA"), tickers(result, ScanList.MOVER));
        assertEquals(List.of("DDD", "BBB"), tickers(result, ScanList.VOLUME));
    }

    @Test
    void anEarlierDateScansTheLookbackEndingThere() {
        // As of 11-19 the base is 11-16 and GGG, which stops on 11-19, has its full lookback; CCC, DDD, EEE start too late.
        ScanResult result = Scan.run(store, Optional.of(LocalDate.of(2026, 11, 19)), SETTINGS);

        assertEquals(List.of("BBB", "GGG", "AAA"), tickers(result, ScanList.VOLUME));
        // AAA: 98/9 - 1 = 988.89%
        assertEquals((98.0 / 9 - 1) * 100, metrics(result, "AAA").returnPct(), CENT);
    }

    @Test
    void aDateWithoutPricesOrTooShortAHistoryIsAUsageError() {
        KairosException noPrices = assertThrows(KairosException.class,
                () -> Scan.run(store, Optional.of(LocalDate.of(2026, 11, 21)), SETTINGS));
        assertEquals(KairosException.Kind.USAGE, noPrices.kind());
        assertTrue(noPrices.getMessage().contains("has no prices on 2026-11-21"), noPrices.getMessage());

        KairosException tooShort = assertThrows(KairosException.class,
                () -> Scan.run(store, Optional.empty(), new ScanSettings(5, 1_000_000, 0.5, 50)));
        assertEquals("The store " + store.file() + " has 5 dates of prices up to 2026-11-20, and a lookback of 5 needs 6:"
                + " give a shorter --lookback or a later --date.", tooShort.getMessage());
    }

    @Test
    void candidatesCsvHoldsTheListsInOrderWithAManifest() throws Exception {
        ScanResult result = Scan.run(store, Optional.empty(), new ScanSettings(3, 1_000_000, 0.5, 1));
        Clock clock = Clock.fixed(Instant.parse("2026-11-20T22:00:00Z"), ZoneOffset.UTC);

        Path published = ScanArtifacts.write(result, ScanArtifacts.defaultFolder(folder.resolve("outputs"), result.date()),
                Map.of("store", store.file().toString()), clock);

        assertEquals(folder.resolve("outputs/scan/2026-11-20"), published);
        assertEquals(List.of(ScanArtifacts.HEADER,
                "1,AAA,screen,2093333.33,7.2727,10.0000,1.5000,110.0000,true,true",
                "1,CCC,mover,10666.67,16.6667,20.0000,1.0000,12.0000,false,true",
                "1,DDD,volume,9933333.33,2.5510,-2.0000,1.0000,196.0000,true,true"),
                Files.readAllLines(published.resolve(ScanArtifacts.CANDIDATES_FILE)));
        assertTrue(Files.isRegularFile(published.resolve(ArtifactFolder.MANIFEST)));
    }
}
