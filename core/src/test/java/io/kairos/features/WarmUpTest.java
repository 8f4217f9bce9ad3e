package io.kairos.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kairos.data.store.PriceStore;
import io.kairos.testsupport.StoreSql;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every feature is NULL until its window has data, then defined on clean prices. */
class WarmUpTest {

    private static final int ROWS = 300;
    private static final String[] SECTORS = {"Energy", "Utilities"};

    @TempDir
    Path dir;

    @Test
    void eachFeatureIsNullOnExactlyItsFirstWindowMinusOneRows() {
        try (PriceStore store = FeatureStores.open(dir.resolve("clean.duckdb"))) {
            List<LocalDate> days = FeatureStores.CALENDAR.sessions(LocalDate.of(2023, 1, 3), LocalDate.of(2024, 12, 31))
                    .subList(0, ROWS);
            List<FeatureStores.Bar> bars = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                String ticker = "T" + t;
                for (int k = 0; k < ROWS; k++) {
                    double close = 50 + 5 * Math.sin(k / (3.0 + t)) + 3 * Math.cos(k / 11.0 + t) + 0.02 * k * (t - 3);
                    bars.add(new FeatureStores.Bar(ticker, days.get(k), close * 0.995, close * 1.02, close * 0.97, close,
                            10_000 + 300 * ((k * (t + 1)) % 17), close * 0.9));
                }
                FeatureStores.setSector(store, ticker, SECTORS[t % 2]);
            }
            FeatureStores.insert(store, bars);
            FeatureStores.build(store, FeatureBuilder.Mode.REBUILD);

            for (Feature feature : Feature.values()) {
                List<List<Object>> firsts = StoreSql.rows(store, "SELECT ticker, min(n) FILTER (WHERE " + feature.column()
                        + " IS NOT NULL), count(" + feature.column() + ") FROM (SELECT *, row_number() OVER (PARTITION BY ticker"
                        + " ORDER BY date) - 1 AS n FROM feat_matrix) GROUP BY ticker ORDER BY ticker");
                for (List<Object> first : firsts) {
                    String where = feature.column() + " of " + first.get(0);
                    assertEquals(feature.window() - 1L, ((Number) first.get(1)).longValue(), where + ": first defined row");
                    assertEquals((long) ROWS - (feature.window() - 1), ((Number) first.get(2)).longValue(),
                            where + ": defined on every row after");
                }
            }
        }
    }
}
