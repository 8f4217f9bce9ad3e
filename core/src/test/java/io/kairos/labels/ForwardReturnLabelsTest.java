package io.kairos.labels;

import static io.kairos.labels.LabelsTestSupport.day;
import static io.kairos.labels.LabelsTestSupport.horizon;
import static io.kairos.labels.LabelsTestSupport.sessions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kairos.KairosException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Forward returns, excess returns over the cross-sectional median and the binary label, by hand. */
class ForwardReturnLabelsTest {

    private static final double EXACT = 1e-12;
    /** Mon 2024-03-04 to Mon 2024-03-11: six sessions. */
    private static final List<LocalDate> SIX = sessions("2024-03-04", "2024-03-11");

    @TempDir
    Path dir;

    static void assertLabel(LabelRow row, String exitDate, double fwdRet, double excessRet, int label) {
        assertEquals(day(exitDate), row.exitDate(), row::toString);
        assertEquals(fwdRet, row.fwdRet(), EXACT, row::toString);
        assertEquals(excessRet, row.excessRet(), EXACT, row::toString);
        assertEquals(label, row.label(), row::toString);
    }

    /**
     * Horizon 3: the entry on session i exits on session i + 3, so 03-04, 03-05 and 03-06 exit on
     * 03-07, 03-08 and 03-11; later entries reach past the last date.
     */
    @Test
    void forwardReturnsAreMeasuredAgainstEachDatesMedian() throws Exception {
        try (TestStore store = new TestStore(dir.resolve("k.duckdb"))) {
            store.prices("AAA", SIX, 100, 200, 50, 110, 250, 40)    // +0.10, +0.25, -0.20
                    .prices("BBB", SIX, 100, 100, 100, 80, 100, 150) // -0.20,  0.00, +0.50
                    .prices("CCC", SIX, 100, 50, 200, 130, 40, 200)  // +0.30, -0.20,  0.00
                    .prices("DDD", SIX, 100, 100, 100, 100, 110, 90) //  0.00, +0.10, -0.10
                    .prices("EEE", SIX.subList(0, 4), 100, 100, 100, 105); // +0.05, then its data ends
            LabelSummary summary = store.build(horizon(3));

            // 03-04: -0.20, 0.00, 0.05, 0.10, 0.30: median 0.05, which EEE sits on (excess 0, label 0)
            assertLabel(store.label("AAA", day("2024-03-04")), "2024-03-07", 0.10, 0.05, 1);
            assertLabel(store.label("BBB", day("2024-03-04")), "2024-03-07", -0.20, -0.25, 0);
            assertLabel(store.label("CCC", day("2024-03-04")), "2024-03-07", 0.30, 0.25, 1);
            assertLabel(store.label("DDD", day("2024-03-04")), "2024-03-07", 0.00, -0.05, 0);
            assertLabel(store.label("EEE", day("2024-03-04")), "2024-03-07", 0.05, 0.00, 0);
            // 03-05: -0.20, 0.00, 0.10, 0.25: median (0.00 + 0.10) / 2
            assertLabel(store.label("AAA", day("2024-03-05")), "2024-03-08", 0.25, 0.20, 1);
            assertLabel(store.label("BBB", day("2024-03-05")), "2024-03-08", 0.00, -0.05, 0);
            assertLabel(store.label("CCC", day("2024-03-05")), "2024-03-08", -0.20, -0.25, 0);
            assertLabel(store.label("DDD", day("2024-03-05")), "2024-03-08", 0.10, 0.05, 1);
            // 03-06: -0.20, -0.10, 0.00, 0.50: median -0.05
            assertLabel(store.label("AAA", day("2024-03-06")), "2024-03-11", -0.20, -0.15, 0);
            assertLabel(store.label("BBB", day("2024-03-06")), "2024-03-11", 0.50, 0.55, 1);
            assertLabel(store.label("CCC", day("2024-03-06")), "2024-03-11", 0.00, 0.05, 1);
            assertLabel(store.label("DDD", day("2024-03-06")), "2024-03-11", -0.10, -0.05, 0);

            LabelRow any = store.label("AAA", day("2024-03-04"));
            assertEquals(3, any.horizon());
            assertEquals(0, any.delisted());
            assertNull(any.tbLabel(), "20 returns of history are needed for the volatility");
            assertNull(any.tbHitDate());

            LabelCounts written = summary.written();
            assertEquals(13, written.rows());
            assertEquals(3, written.dates());
            assertEquals(day("2024-03-04"), written.firstDate());
            assertEquals(day("2024-03-06"), written.lastDate());
            assertEquals(6, written.positive());
            assertEquals(13, written.barriers().withoutVolatility());
            // AAA..DDD on 03-07, 03-08, 03-11 and EEE on 03-07 exit after 03-11, the store's last date
            assertEquals(13, summary.endOfData());
            // EEE on 03-05 and 03-06 exits on 03-08 and 03-11, after its data ended, and it is not delisted
            assertEquals(2, summary.afterTickerEnd());
            assertEquals(1, store.labels("EEE").size());
        }
    }

    @Test
    void aStoreWithoutPricesIsRefused() {
        try (TestStore store = new TestStore(dir.resolve("empty.duckdb"))) {
            KairosException refused = assertThrows(KairosException.class, () -> store.build(horizon(3)));
            assertEquals("No prices in the store: run kairos download first.", refused.getMessage());
            assertEquals(KairosException.Kind.FAILURE, refused.kind());
        }
    }
}
