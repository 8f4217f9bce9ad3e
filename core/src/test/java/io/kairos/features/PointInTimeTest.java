package io.kairos.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.data.store.PriceStore;
import io.kairos.testsupport.StoreSql;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A row for (ticker, date) uses only prices dated on or before the date. */
class PointInTimeTest {

    private static final LocalDate END = LocalDate.of(2024, 12, 31);
    private static final LocalDate CUT = LocalDate.of(2024, 3, 28);

    @TempDir
    Path dir;

    @Test
    void featuresOnAStoreTruncatedAtADateEqualTheFullStoresValueForValue() throws Exception {
        Path full = dir.resolve("full.duckdb");
        Path truncated = dir.resolve("truncated.duckdb");
        try (PriceStore store = FeatureStores.synthetic(full, 40, 3, END)) {
            StoreSql.execute(store, "CHECKPOINT");
            Files.copy(full, truncated);
            FeatureStores.build(store, FeatureBuilder.Mode.REBUILD);
        }
        try (PriceStore store = FeatureStores.open(truncated)) {
            StoreSql.execute(store, "DELETE FROM sep_base WHERE date > DATE '" + CUT + "'");
            FeatureBuildSummary summary = FeatureStores.build(store, FeatureBuilder.Mode.REBUILD);
            assertEquals(CUT, summary.lastDate());
            long rows = StoreSql.count(store, "SELECT count(*) FROM feat_matrix");
            assertTrue(rows > 40 * 500, "the truncated store still has two years of 40 names: " + rows);
            Map<String, Long> differences = FeatureStores.differences(store, full, CUT);
            assertEquals(Map.of(), differences, "columns whose values differ up to " + CUT);
            long defined = StoreSql.count(store, "SELECT count(mom_12_1) + count(beta_252) + count(macd_signal)"
                    + " + count(sector_z_mom_12_1) FROM feat_matrix WHERE date = DATE '" + CUT + "'");
            assertTrue(defined > 100, "long-window features are defined on the cut date, so the comparison covers them");
        }
    }
}
