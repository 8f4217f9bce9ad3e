package io.kairos.labels;

import static io.kairos.labels.LabelsTestSupport.day;
import static io.kairos.labels.LabelsTestSupport.sessions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.kairos.config.KairosConfig;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Barriers at one daily volatility over a horizon of 4 sessions, the volatility from 2 returns.
 * Every ticker starts 100, 110, 100, so on 03-06 its log returns are ln 1.1 and -ln 1.1: sample
 * standard deviation ln(1.1) * sqrt(2) = 0.13479, barriers at +-13.479%, exit on 03-12.
 */
class TripleBarrierLabelsTest {

    private static final KairosConfig.Labels ONE_SIGMA = new KairosConfig.Labels(4, 1.0, 1.0, 2);
    /** Mon 2024-03-04 to Tue 2024-03-12: seven sessions. */
    private static final List<LocalDate> SEVEN = sessions("2024-03-04", "2024-03-12");
    private static final LocalDate ENTRY = day("2024-03-06");

    @TempDir
    Path dir;

    @Test
    void theFirstBarrierTouchedDecidesAndSaysWhen() throws Exception {
        try (TestStore store = new TestStore(dir.resolve("k.duckdb"))) {
            store.prices("UPP", SEVEN, 100, 110, 100, 105, 114, 80, 80)       // +14% on 03-08, then -20%
                    .prices("LOW", SEVEN, 100, 110, 100, 95, 86, 120, 120)    // -14% on 03-08, then +20%
                    .prices("NEAR", SEVEN, 100, 110, 100, 113.4, 100, 100, 100) // +13.4%: inside
                    .prices("EDGE", SEVEN, 100, 110, 100, 100, 100, 100, 114)  // +14% on the exit session itself
                    .prices("VER", sessions("2024-03-04", "2024-03-13"), 100, 110, 100, 105, 95, 110, 101, 200);
            LabelSummary summary = store.build(ONE_SIGMA);

            assertBarrier(store.label("UPP", ENTRY), 1, "2024-03-08");
            assertBarrier(store.label("LOW", ENTRY), -1, "2024-03-08");
            assertBarrier(store.label("NEAR", ENTRY), 0, "2024-03-12");
            assertBarrier(store.label("EDGE", ENTRY), 1, "2024-03-12");
            // +100% on 03-13 comes after the exit: vertical, on the exit session
            LabelRow vertical = store.label("VER", ENTRY);
            assertBarrier(vertical, 0, "2024-03-12");
            assertEquals(day("2024-03-12"), vertical.exitDate());
            assertEquals(0.01, vertical.fwdRet(), 1e-12, "the forward return still runs to the exit");

            for (String ticker : List.of("UPP", "LOW", "NEAR", "EDGE", "VER")) {
                for (LabelRow early : store.labels(ticker).subList(0, 2)) {
                    assertNull(early.tbLabel(), "fewer than 2 returns known on " + early.date());
                    assertNull(early.tbHitDate());
                }
            }
            LabelCounts.Barriers barriers = summary.written().barriers();
            assertEquals(summary.written().rows(), barriers.upper() + barriers.lower() + barriers.vertical()
                    + barriers.withoutVolatility());
        }
    }

    @Test
    void flatPricesHaveNoVolatilityAndNoBarriers() throws Exception {
        try (TestStore store = new TestStore(dir.resolve("k.duckdb"))) {
            store.prices("FLAT", SEVEN, 100, 100, 100, 100, 100, 100, 120);
            store.build(ONE_SIGMA);
            LabelRow row = store.label("FLAT", ENTRY);
            assertNull(row.tbLabel());
            assertEquals(0.2, row.fwdRet(), 1e-12);
        }
    }

    private static void assertBarrier(LabelRow row, int tbLabel, String hitDate) {
        assertEquals(tbLabel, row.tbLabel(), row::toString);
        assertEquals(day(hitDate), row.tbHitDate(), row::toString);
    }
}
