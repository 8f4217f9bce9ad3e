package io.kairos.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kairos.KairosException;
import io.kairos.data.store.PriceStore;
import io.kairos.testsupport.StoreSql;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No prices, zero prices and missing values: a clear error, or NULL features, never NaN or infinity. */
class BadInputTest {

    private static final List<LocalDate> DAYS = FeatureStores.CALENDAR.sessions(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 6, 28));

    @TempDir
    Path dir;

    @Test
    void anEmptyStoreIsAFailureThatSaysToDownloadFirst() {
        try (PriceStore store = FeatureStores.open(dir.resolve("empty.duckdb"))) {
            KairosException failure = assertThrows(KairosException.class,
                    () -> FeatureStores.build(store, FeatureBuilder.Mode.INCREMENTAL));
            assertEquals(KairosException.Kind.FAILURE, failure.kind());
            assertEquals("No prices in the store: run kairos download first.", failure.getMessage());
            assertEquals(0, StoreSql.count(store,
                    "SELECT count(*) FROM information_schema.tables WHERE table_name LIKE 'feat%'"), "nothing created");
        }
    }

    @Test
    void aZeroPriceOrAMissingValueGivesNullFeaturesWhereTheyAreRead() {
        int zeroRow = 40;
        try (PriceStore store = FeatureStores.open(dir.resolve("bad.duckdb"))) {
            List<FeatureStores.Bar> bars = new ArrayList<>();
            for (int k = 0; k < DAYS.size(); k++) {
                double close = k == zeroRow ? 0 : 20 + (k % 5);
                double open = k == 70 ? Double.NaN : close;
                double volume = k == 90 ? 0 : 1000;
                bars.add(new FeatureStores.Bar("ZERO", DAYS.get(k), open, close + 0.5, Math.max(close - 0.5, 0), close, volume, close));
            }
            FeatureStores.insert(store, bars);
            FeatureStores.build(store, FeatureBuilder.Mode.REBUILD);

            assertNotNull(feature(Feature.RET_1D, store, zeroRow - 1));
            assertNull(feature(Feature.RET_1D, store, zeroRow), "a return into a zero price");
            assertNull(feature(Feature.RET_1D, store, zeroRow + 1), "a return out of a zero price");
            assertNotNull(feature(Feature.RET_1D, store, zeroRow + 2));
            assertNull(feature(Feature.MOM_5D, store, zeroRow + 5));
            assertNotNull(feature(Feature.MOM_5D, store, zeroRow + 6));
            assertNull(feature(Feature.VOL_20, store, zeroRow + 20), "the window still holds the bad return");
            assertNotNull(feature(Feature.VOL_20, store, zeroRow + 21));
            assertNotNull(feature(Feature.PARKINSON_20, store, 75), "high and low were there");
            assertNull(feature(Feature.GARMAN_KLASS_20, store, 75), "the open was missing on row 70");
            assertNull(feature(Feature.AMIHUD_20, store, 95), "no dollars traded on row 90");
            assertNotNull(feature(Feature.ADV_20, store, 95));

            StringBuilder nonFinite = new StringBuilder("SELECT 0");
            for (Feature feature : Feature.values()) {
                nonFinite.append(" + count(*) FILTER (WHERE isnan(").append(feature.column()).append(") OR isinf(")
                        .append(feature.column()).append("))");
            }
            assertEquals(0, StoreSql.count(store, nonFinite.append(" FROM feat_matrix").toString()), "NaN or infinity stored");
        }
    }

    @Test
    void twoRowsForOneTickerAndDateAreAFailureThatNamesThem() {
        try (PriceStore store = FeatureStores.open(dir.resolve("twice.duckdb"))) {
            List<FeatureStores.Bar> bars = new ArrayList<>();
            for (String ticker : List.of("AAA", "BBB")) {
                for (LocalDate day : DAYS.subList(0, 30)) {
                    bars.add(FeatureStores.Bar.flat(ticker, day, 10, 100));
                }
            }
            bars.add(FeatureStores.Bar.flat("AAA", DAYS.get(7), 11, 100));
            FeatureStores.insert(store, bars);
            KairosException failure = assertThrows(KairosException.class,
                    () -> FeatureStores.build(store, FeatureBuilder.Mode.REBUILD));
            assertEquals("sep_base holds more than one row for AAA on " + DAYS.get(7) + ": a store keeps one row per ticker and"
                    + " date; run kairos data-audit to find them all.", failure.getMessage());
            assertEquals(0, StoreSql.count(store,
                    "SELECT count(*) FROM information_schema.tables WHERE table_name = 'feat_matrix'"), "rolled back");
        }
    }

    private static Double feature(Feature feature, PriceStore store, int row) {
        return FeatureStores.feature(store, feature, "ZERO", DAYS.get(row));
    }
}
