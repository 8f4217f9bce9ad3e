package io.kairos.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.KairosException;
import io.kairos.data.store.PriceStore;
import io.kairos.testsupport.StoreSql;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Weekly runs add only new dates and give the rows a rebuild gives; changed history is refused. */
class IncrementalBuildTest {

    private static final LocalDate END = LocalDate.of(2024, 12, 31);
    private static final LocalDate FIRST_BUILD = LocalDate.of(2024, 11, 29);
    private static final LocalDate SECOND_BUILD = LocalDate.of(2024, 12, 6);

    @TempDir
    Path dir;

    @Test
    void initialBuildThenWeeklyIncrementsEqualARebuildRowForRow() throws Exception {
        Path full = dir.resolve("full.duckdb");
        Path weekly = dir.resolve("weekly.duckdb");
        try (PriceStore store = FeatureStores.synthetic(full, 40, 3, END)) {
            FeatureStores.insert(store, ipo(LocalDate.of(2024, 12, 9), END));
            FeatureStores.setSector(store, "NEWCO", "Energy");
            StoreSql.execute(store, "CHECKPOINT");
            Files.copy(full, weekly);
            FeatureBuildSummary rebuild = FeatureStores.build(store, FeatureBuilder.Mode.REBUILD);
            assertEquals(FeatureBuildSummary.Kind.FULL, rebuild.kind());
        }
        try (PriceStore store = FeatureStores.open(weekly)) {
            StoreSql.execute(store, "CREATE TABLE later AS SELECT * FROM sep_base WHERE date > DATE '" + FIRST_BUILD + "'");
            StoreSql.execute(store, "DELETE FROM sep_base WHERE date > DATE '" + FIRST_BUILD + "'");

            FeatureBuildSummary first = FeatureStores.build(store, FeatureBuilder.Mode.INCREMENTAL);
            assertEquals(FeatureBuildSummary.Kind.FULL, first.kind(), "no earlier build: everything");
            assertEquals("no earlier build", first.reason());

            addDays(store, SECOND_BUILD);
            FeatureBuildSummary second = FeatureStores.build(store, FeatureBuilder.Mode.INCREMENTAL);
            assertEquals(FeatureBuildSummary.Kind.INCREMENTAL, second.kind());
            assertEquals(FIRST_BUILD.plusDays(3), second.firstDate());
            assertEquals(SECOND_BUILD, second.lastDate());
            assertEquals(StoreSql.count(store, "SELECT count(*) FROM sep_base WHERE date > DATE '" + FIRST_BUILD + "'"),
                    second.rows(), "only the new week is written");
            assertTrue(second.pricesRead() < StoreSql.count(store, "SELECT count(*) FROM sep_base"),
                    "an incremental run reads only the history its windows need");

            addDays(store, END);
            FeatureBuildSummary third = FeatureStores.build(store, FeatureBuilder.Mode.INCREMENTAL);
            assertEquals(FeatureBuildSummary.Kind.INCREMENTAL, third.kind());
            assertTrue(StoreSql.count(store, "SELECT count(*) FROM feat_matrix WHERE ticker = 'NEWCO'") > 10,
                    "a ticker listed after the first build gets rows");

            FeatureBuildSummary again = FeatureStores.build(store, FeatureBuilder.Mode.INCREMENTAL);
            assertEquals(FeatureBuildSummary.Kind.UP_TO_DATE, again.kind());
            assertEquals(0, again.rows());

            assertEquals(Map.of(), FeatureStores.differences(store, full, END), "incremental rows against the rebuild");
            assertEquals(List.of(List.of("full", 1L), List.of("incremental", 2L)), StoreSql.rows(store,
                    "SELECT mode, count(*) FROM feature_builds GROUP BY mode ORDER BY mode"));
        }
    }

    @Test
    void changedPricesOnOrBeforeTheLastBuildAreRefusedAndNothingIsWritten() {
        try (PriceStore store = FeatureStores.synthetic(dir.resolve("k.duckdb"), 10, 2, END)) {
            StoreSql.execute(store, "CREATE TABLE later AS SELECT * FROM sep_base WHERE date > DATE '" + FIRST_BUILD + "'");
            StoreSql.execute(store, "DELETE FROM sep_base WHERE date > DATE '" + FIRST_BUILD + "'");
            FeatureStores.build(store, FeatureBuilder.Mode.INCREMENTAL);
            long rows = StoreSql.count(store, "SELECT count(*) FROM feat_matrix");
            addDays(store, END);
            // a dividend restates the history before its ex-date
            StoreSql.execute(store, "UPDATE sep_base SET closeadj = closeadj * 0.99 WHERE date < DATE '2024-06-03'"
                    + " AND ticker = (SELECT min(ticker) FROM sep_base)");

            KairosException refused = assertThrows(KairosException.class,
                    () -> FeatureStores.build(store, FeatureBuilder.Mode.INCREMENTAL));
            assertEquals(KairosException.Kind.REFUSED, refused.kind());
            assertTrue(refused.getMessage().startsWith("Prices or sectors dated on or before " + FIRST_BUILD
                    + " changed since the features were built"), refused.getMessage());
            assertTrue(refused.getMessage().endsWith("Run kairos features --rebuild to recompute every date."),
                    refused.getMessage());
            assertEquals(rows, StoreSql.count(store, "SELECT count(*) FROM feat_matrix"));
            assertEquals(1, StoreSql.count(store, "SELECT count(*) FROM feature_builds"));

            FeatureBuildSummary rebuilt = FeatureStores.build(store, FeatureBuilder.Mode.REBUILD);
            assertEquals(FeatureBuildSummary.Kind.FULL, rebuilt.kind());
            assertEquals(StoreSql.count(store, "SELECT count(*) FROM sep_base"), rebuilt.rows());
            assertEquals(FeatureBuildSummary.Kind.UP_TO_DATE, FeatureStores.build(store, FeatureBuilder.Mode.INCREMENTAL).kind());
        }
    }

    @Test
    void aChangedSectorOrFeatureListIsRefusedToo() {
        try (PriceStore store = FeatureStores.synthetic(dir.resolve("k.duckdb"), 10, 1, END)) {
            FeatureStores.build(store, FeatureBuilder.Mode.INCREMENTAL);
            String ticker = (String) StoreSql.value(store, "SELECT min(ticker) FROM sep_base");
            StoreSql.execute(store, "UPDATE tickers SET sector = 'Reclassified' WHERE ticker = '" + ticker + "'");
            KairosException sector = assertThrows(KairosException.class,
                    () -> FeatureStores.build(store, FeatureBuilder.Mode.INCREMENTAL));
            assertEquals(KairosException.Kind.REFUSED, sector.kind());

            FeatureStores.build(store, FeatureBuilder.Mode.REBUILD);
            StoreSql.execute(store, "ALTER TABLE feat_matrix DROP COLUMN skew_60");
            KairosException columns = assertThrows(KairosException.class,
                    () -> FeatureStores.build(store, FeatureBuilder.Mode.INCREMENTAL));
            assertEquals(KairosException.Kind.REFUSED, columns.kind());
            assertTrue(columns.getMessage().startsWith("feat_matrix holds 51 feature columns that differ from the 52"),
                    columns.getMessage());
        }
    }

    /** Moves the rows kept aside in table {@code later} dated up to {@code through} back into sep_base. */
    private static void addDays(PriceStore store, LocalDate through) {
        StoreSql.execute(store, "INSERT INTO sep_base SELECT * FROM later WHERE date <= DATE '" + through + "'");
        StoreSql.execute(store, "DELETE FROM later WHERE date <= DATE '" + through + "'");
    }

    /** A listing after the first build: a steadily rising price. */
    private static List<FeatureStores.Bar> ipo(LocalDate first, LocalDate last) {
        List<FeatureStores.Bar> bars = new ArrayList<>();
        double price = 20;
        for (LocalDate day : FeatureStores.CALENDAR.sessions(first, last)) {
            bars.add(FeatureStores.Bar.flat("NEWCO", day, price, 50_000));
            price *= 1.003;
        }
        return bars;
    }
}
