package io.kairos.data.synthetic;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.data.store.PriceStore;
import io.kairos.data.store.StoreSettings;
import io.kairos.ops.ProgressListener;
import io.kairos.testsupport.StoreSql;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The statistical realism later stages rely on, measured on 300 names over 5 years: liquidity
 * spread, fat tails, volatility clustering, volume reacting to moves, and a weak momentum signal.
 */
class SyntheticMarketStatisticsTest {

    /** Daily log returns of closeadj (total return), one row per ticker and session after the first. */
    private static final String RETURNS = """
            CREATE TEMP TABLE returns AS SELECT * FROM (
                SELECT ticker, date, volume, ln(closeadj / lag(closeadj) OVER w) AS r
                FROM sep_base WINDOW w AS (PARTITION BY ticker ORDER BY date))
            WHERE r IS NOT NULL""";

    @TempDir
    static Path dir;

    private static PriceStore market;

    @BeforeAll
    static void generateFiveYearsOf300Tickers() {
        market = PriceStore.open(dir.resolve("market.duckdb"), PriceStore.Access.READ_WRITE, StoreSettings.DEFAULTS);
        new SyntheticMarket(new SyntheticSpec(300, 5, 42), Weekdays.ending(LocalDate.of(2024, 12, 31), 5))
                .loadInto(market, ProgressListener.NONE);
        StoreSql.execute(market, RETURNS);
    }

    @AfterAll
    static void closeStore() {
        market.close();
    }

    @Test
    void dollarVolumesSpreadFromThinToVeryLiquidWithAMeaningfulShareUnderTwoMillion() {
        List<Object> adv = StoreSql.rows(market, """
                WITH last20 AS (SELECT ticker, close * volume AS dollars,
                                    row_number() OVER (PARTITION BY ticker ORDER BY date DESC) AS back
                                FROM sep_base),
                adv AS (SELECT ticker, avg(dollars) AS adv FROM last20 WHERE back <= 20 GROUP BY ticker)
                SELECT avg(CASE WHEN adv < 2e6 THEN 1 ELSE 0 END), min(adv), max(adv) FROM adv""").get(0);
        double shareUnder2m = (Double) adv.get(0);
        assertTrue(shareUnder2m >= 0.05 && shareUnder2m <= 0.30, "share of names under $2M a day: " + shareUnder2m);
        assertTrue((Double) adv.get(1) < 500e3, "thinnest name trades under $500k a day: " + adv);
        assertTrue((Double) adv.get(2) > 500e6, "most liquid name trades over $500M a day: " + adv);
    }

    @Test
    void tradedPricesStayMostlyBetweenOneAndTwoThousandDollars() {
        double inRange = StoreSql.number(market, "SELECT avg(CASE WHEN closeunadj BETWEEN 1 AND 2000 THEN 1 ELSE 0 END) FROM sep_base");
        assertTrue(inRange > 0.97, "share of rows priced $1..$2000: " + inRange);
    }

    @Test
    void dailyReturnsHaveFatTails() {
        double excessKurtosis = StoreSql.number(market, "SELECT kurtosis(r) FROM returns");
        assertTrue(excessKurtosis > 1, "pooled excess kurtosis: " + excessKurtosis);
    }

    @Test
    void largeMarketMovesCluster() {
        double absoluteAutocorrelation = StoreSql.number(market, """
                WITH m AS (SELECT date, abs(avg(r)) AS size FROM returns GROUP BY date)
                SELECT corr(size, previous) FROM (SELECT size, lag(size) OVER (ORDER BY date) AS previous FROM m)""");
        assertTrue(absoluteAutocorrelation > 0.05,
                "autocorrelation of absolute equal-weighted market returns: " + absoluteAutocorrelation);
    }

    @Test
    void volumeRisesOnLargeMoves() {
        double correlation = StoreSql.number(market, """
                SELECT corr(abs(r), ln(volume) - typical) FROM returns
                JOIN (SELECT ticker, avg(ln(volume)) AS typical FROM returns GROUP BY ticker) USING (ticker)""");
        assertTrue(correlation > 0.1, "correlation of |return| and log volume within names: " + correlation);
    }

    /**
     * The signal a model should find: the mean over dates of the cross-sectional Spearman correlation
     * between the trailing 60-session return and the next 20 sessions' return.
     */
    @Test
    void trailingMomentumWeaklyPredictsForwardReturns() {
        double meanIc = StoreSql.number(market, """
                WITH horizons AS (
                    SELECT date, closeadj / lag(closeadj, 60) OVER w - 1 AS past_return,
                        lead(closeadj, 20) OVER w / closeadj - 1 AS next_return
                    FROM sep_base WINDOW w AS (PARTITION BY ticker ORDER BY date)),
                ranked AS (
                    SELECT date, rank() OVER (PARTITION BY date ORDER BY past_return) AS past_rank,
                        rank() OVER (PARTITION BY date ORDER BY next_return) AS next_rank
                    FROM horizons WHERE past_return IS NOT NULL AND next_return IS NOT NULL),
                daily AS (SELECT date, corr(past_rank, next_rank) AS ic FROM ranked GROUP BY date HAVING count(*) >= 100)
                SELECT avg(ic) FROM daily""");
        assertTrue(meanIc > 0.01 && meanIc < 0.08, "mean rank IC of 60-session momentum vs next 20 sessions: " + meanIc);
    }
}
