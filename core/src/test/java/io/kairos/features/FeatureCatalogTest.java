package io.kairos.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.data.store.PriceStore;
import io.kairos.testsupport.StoreSql;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalog in code is the one source of truth: the feature_catalog table and docs/FEATURES.md follow it. */
class FeatureCatalogTest {

    private static final Path FEATURES_DOC = Path.of("..", "docs", "FEATURES.md");

    @TempDir
    Path dir;

    @Test
    void theCatalogHasTheFeaturesOtherStagesNameAndAtLeastFifty() {
        Set<String> names = Arrays.stream(Feature.values()).map(Feature::column).collect(Collectors.toSet());
        assertEquals(Feature.values().length, names.size(), "names are unique");
        assertTrue(names.size() >= 50, "features: " + names.size());
        assertTrue(names.containsAll(Set.of("vol_blend", "adv_20", "mom_12_1", "beta_252", "resid_vol_252")));
        assertEquals(Set.of(FeatureFamily.values()), Arrays.stream(Feature.values()).map(Feature::family).collect(Collectors.toSet()),
                "every family has features");
    }

    @Test
    void featuresMdListsEveryFeatureWithItsFamilyWindowAndDefinition() throws Exception {
        List<String> lines = Files.readAllLines(FEATURES_DOC);
        List<String> missing = new ArrayList<>();
        for (Feature feature : Feature.values()) {
            String line = "| `" + feature.column() + "` | " + feature.family().label() + " | " + feature.window() + " | "
                    + feature.definition() + " |";
            if (!lines.contains(line)) {
                missing.add(line);
            }
        }
        assertEquals(List.of(), missing, "lines docs/FEATURES.md should have");
        long documented = lines.stream().filter(line -> line.matches("\\| `[a-z0-9_]+` \\|.*")).count();
        assertEquals(Feature.values().length, documented, "docs/FEATURES.md documents no feature the catalog lacks");
    }

    @Test
    void aBuildWritesTheCatalogTableInColumnOrder() {
        try (PriceStore store = FeatureStores.synthetic(dir.resolve("k.duckdb"), 5, 1, LocalDate.of(2024, 12, 31))) {
            FeatureStores.build(store, FeatureBuilder.Mode.REBUILD);
            List<List<Object>> catalog = StoreSql.rows(store,
                    "SELECT position, name, family, window_sessions, definition FROM feature_catalog ORDER BY position");
            List<List<Object>> columns = StoreSql.rows(store, "SELECT column_name FROM information_schema.columns"
                    + " WHERE table_name = 'feat_matrix' ORDER BY ordinal_position");
            assertEquals(Feature.values().length, catalog.size());
            for (Feature feature : Feature.values()) {
                assertEquals(List.of(feature.ordinal() + 1, feature.column(), feature.family().label(), feature.window(),
                        feature.definition()), catalog.get(feature.ordinal()));
                assertEquals(feature.column(), columns.get(feature.ordinal() + 2).get(0));
            }
        }
    }
}
