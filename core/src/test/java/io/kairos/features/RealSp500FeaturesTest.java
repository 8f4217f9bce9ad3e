package io.kairos.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.data.csv.CsvImport;
import io.kairos.data.csv.NyseSessionRule;
import io.kairos.data.store.PriceStore;
import io.kairos.ops.ProgressListener;
import io.kairos.testsupport.SharedData;
import io.kairos.testsupport.StoreSql;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real S&P 500 file (../shared/data) with its 2018-04 sectors: features against values SQL computes from the prices. */
class RealSp500FeaturesTest {

    private static final LocalDate LAST_DAY = LocalDate.of(2018, 2, 7);

    @TempDir
    Path dir;

    @Test
    void realPricesGiveOneRowPerPriceRowAndValuesThatMatchTheirDefinitions() {
        Path prices = SharedData.file("sp500_5yr_daily.csv.gz");
        Path sectors = SharedData.file("sp500_constituents_2018-04.csv");
        try (PriceStore store = FeatureStores.open(dir.resolve("sp500.duckdb"))) {
            new CsvImport(new NyseSessionRule(FeatureStores.CALENDAR), LocalDate.of(2026, 11, 20)).run(store,
                    new CsvImport.Request(List.of(prices), Optional.of(sectors), Optional.empty(), false), ProgressListener.NONE);
            FeatureBuildSummary summary = FeatureStores.build(store, FeatureBuilder.Mode.REBUILD);

            assertEquals(StoreSql.count(store, "SELECT count(*) FROM sep_base"), summary.rows());
            assertEquals(LAST_DAY, summary.lastDate());
            // AAPL's 1-month return and 20-day dollar volume on the last day, from its last rows
            List<Object> expected = StoreSql.rows(store, "SELECT max(closeadj) FILTER (WHERE n = 0)"
                    + " / max(closeadj) FILTER (WHERE n = 21) - 1, avg(close * volume) FILTER (WHERE n < 20) FROM"
                    + " (SELECT *, row_number() OVER (ORDER BY date DESC) - 1 AS n FROM sep_base WHERE ticker = 'AAPL')").get(0);
            assertEquals((double) expected.get(0), FeatureStores.feature(store, Feature.MOM_21D, "AAPL", LAST_DAY), 1e-12);
            assertEquals((double) expected.get(1), FeatureStores.feature(store, Feature.ADV_20, "AAPL", LAST_DAY), 1e-3);
            // every name has a year of history by then: the long windows and the cross-sections are defined
            long names = StoreSql.count(store, "SELECT count(*) FROM feat_matrix WHERE date = DATE '" + LAST_DAY + "'");
            assertTrue(names > 470, "names on the last day: " + names);
            List<Object> defined = StoreSql.rows(store, "SELECT count(beta_252), count(z_mom_12_1), count(sector_rank_vol_60)"
                    + " FROM feat_matrix WHERE date = DATE '" + LAST_DAY + "'").get(0);
            for (Object count : defined) {
                assertTrue(((Number) count).longValue() > 0.9 * names, "defined on the last day: " + defined);
            }
            double meanBeta = ((Number) StoreSql.value(store, "SELECT avg(beta_252) FROM feat_matrix WHERE date = DATE '"
                    + LAST_DAY + "'")).doubleValue();
            assertEquals(1.0, meanBeta, 0.1, "against their own equal-weighted market, betas average about one");
        }
    }
}
