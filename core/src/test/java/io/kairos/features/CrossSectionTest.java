package io.kairos.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.data.store.PriceStore;
import io.kairos.testsupport.StoreSql;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Features across the tickers of a date: z-scores, ranks, and values relative to the sector. */
class CrossSectionTest {

    @TempDir
    static Path dir;
    private static PriceStore store;
    private static String unclassified;

    @BeforeAll
    static void buildASyntheticMarketWithOneTickerOutsideAnySector() {
        store = FeatureStores.synthetic(dir.resolve("market.duckdb"), 60, 2, LocalDate.of(2024, 12, 31));
        unclassified = (String) StoreSql.value(store, "SELECT min(ticker) FROM sep_base");
        StoreSql.execute(store, "UPDATE tickers SET sector = NULL WHERE ticker = '" + unclassified + "'");
        FeatureStores.build(store, FeatureBuilder.Mode.REBUILD);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void aZScoreHasMeanZeroAndSampleSdOneOnEveryDate() {
        for (Feature z : List.of(Feature.Z_MOM_12_1, Feature.Z_VOL_60, Feature.Z_LOG_ADV_20)) {
            List<List<Object>> worst = StoreSql.rows(store, "SELECT max(abs(m)), max(abs(s - 1)), count(*) FROM"
                    + " (SELECT date, avg(" + z.column() + ") AS m, stddev_samp(" + z.column() + ") AS s FROM feat_matrix"
                    + " WHERE " + z.column() + " IS NOT NULL GROUP BY date)");
            assertTrue((double) worst.get(0).get(0) < 1e-12, z.column() + " mean " + worst.get(0).get(0));
            assertTrue((double) worst.get(0).get(1) < 1e-12, z.column() + " sd - 1 " + worst.get(0).get(1));
            assertTrue((long) worst.get(0).get(2) > 200, "dates with values");
        }
    }

    @Test
    void aPercentileRankRunsFromZeroToOneOnEveryDate() {
        assertEquals(List.of(List.of(0.0, 1.0)), StoreSql.rows(store, "SELECT DISTINCT min(rank_vol_20), max(rank_vol_20)"
                + " FROM feat_matrix WHERE rank_vol_20 IS NOT NULL GROUP BY date"));
    }

    @Test
    void sectorRelativeMomentumIsTheTickersMinusItsSectorsMeanOnTheDate() {
        List<List<Object>> check = StoreSql.rows(store, "SELECT max(abs(f.sector_rel_mom_63d - (f.mom_63d - s.mean))),"
                + " count(*) FROM feat_matrix f JOIN tickers t USING (ticker) JOIN (SELECT f.date, t.sector, avg(f.mom_63d) AS mean"
                + " FROM feat_matrix f JOIN tickers t USING (ticker) WHERE f.mom_63d IS NOT NULL GROUP BY ALL HAVING count(*) >= 3) s"
                + " USING (date, sector) WHERE f.mom_63d IS NOT NULL");
        assertTrue((double) check.get(0).get(0) < 1e-12, "largest difference " + check.get(0).get(0));
        assertTrue((long) check.get(0).get(1) > 10_000, "rows compared " + check.get(0).get(1));
        assertEquals(0, StoreSql.count(store, "SELECT count(*) FROM feat_matrix f JOIN tickers t USING (ticker)"
                + " WHERE (f.sector_z_mom_12_1 IS NULL) != (f.mom_12_1 IS NULL) AND t.sector IS NOT NULL"
                + " AND (SELECT count(*) FROM feat_matrix g JOIN tickers u USING (ticker) WHERE g.date = f.date"
                + " AND u.sector = t.sector AND g.mom_12_1 IS NOT NULL) >= 3"));
    }

    @Test
    void aTickerWithoutASectorGetsMarketWideButNoSectorFeatures() {
        List<Object> counts = StoreSql.rows(store, "SELECT count(sector_mom_63d) + count(sector_rel_mom_63d)"
                + " + count(sector_z_mom_12_1) + count(sector_rank_vol_60), count(z_mom_21d) FROM feat_matrix WHERE ticker = '"
                + unclassified + "'").get(0);
        assertEquals(0L, ((Number) counts.get(0)).longValue());
        assertTrue(((Number) counts.get(1)).longValue() > 100);
    }

    @Test
    void ranksAverageTiesAndOrderValuesThatDifferInTheirLastBits() {
        CrossSection ranks = new CrossSection();
        double[] out = new double[5];
        ranks.percentileRanks(new double[] {3, 1, 2, 2, Double.NaN}, 5, out);
        assertArrayEquals(new double[] {1, 0, 0.5, 0.5, Double.NaN}, out);

        double one = 1.0;
        double[] close = {Math.nextUp(Math.nextUp(one)), Math.nextUp(one), one, -0.0, 0.0};
        ranks.percentileRanks(close, 5, out);
        assertArrayEquals(new double[] {1, 0.75, 0.5, 0.125, 0.125}, out, "-0.0 and 0.0 tie");
    }
}
