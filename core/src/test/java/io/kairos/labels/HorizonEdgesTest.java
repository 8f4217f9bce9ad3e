package io.kairos.labels;

import static io.kairos.labels.ForwardReturnLabelsTest.assertLabel;
import static io.kairos.labels.LabelsTestSupport.day;
import static io.kairos.labels.LabelsTestSupport.horizon;
import static io.kairos.labels.LabelsTestSupport.sessions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kairos.config.KairosConfig;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a horizon of 3 sessions ends: delistings, the end of the data, gaps and holidays. */
class HorizonEdgesTest {

    /** Horizon 3, barriers at 2 daily volatilities measured over 2 returns. */
    private static final KairosConfig.Labels SHORT_VOLATILITY = new KairosConfig.Labels(3, 2.0, 2.0, 2);
    /** Mon 2024-03-04 to Fri 2024-03-15: ten sessions. */
    private static final List<LocalDate> TWO_WEEKS = sessions("2024-03-04", "2024-03-15");

    @TempDir
    Path dir;

    @Test
    void aDelistingInsideTheHorizonUsesTheLastPrice() throws Exception {
        try (TestStore store = new TestStore(dir.resolve("k.duckdb"))) {
            store.prices("LIVE", TWO_WEEKS, 50, 50, 50, 50, 50, 50, 50, 50, 50, 50)
                    .prices("ZZZ", sessions("2024-03-04", "2024-03-08"), 100, 90, 80, 120, 60)
                    .delisted("ZZZ");
            LabelSummary summary = store.build(SHORT_VOLATILITY);

            List<LabelRow> zzz = store.labels("ZZZ");
            assertEquals(5, zzz.size(), "every row of a delisted ticker has a label");
            // exits on 03-07 and 03-08 are still inside its data
            assertEquals(List.of(0, 0, 1, 1, 1), zzz.stream().map(LabelRow::delisted).toList());
            assertEquals(0.20, zzz.get(0).fwdRet(), 1e-12);
            assertEquals(day("2024-03-07"), zzz.get(0).exitDate());
            assertEquals(60.0 / 90 - 1, zzz.get(1).fwdRet(), 1e-12);
            // 03-06 would exit on 03-11; the data ends on 03-08 at 60
            assertEquals(day("2024-03-08"), zzz.get(2).exitDate());
            assertEquals(-0.25, zzz.get(2).fwdRet(), 1e-12);
            assertEquals(-0.50, zzz.get(3).fwdRet(), 1e-12);
            assertEquals(day("2024-03-08"), zzz.get(4).exitDate());
            assertEquals(0.0, zzz.get(4).fwdRet(), 0, "the last day itself: entry and exit on the last price");
            assertEquals(3, summary.written().delisted());
            // 03-06: returns ln 0.9 and ln 8/9, sigma 0.0088: the +50% of 03-07 is far above 2 sigma
            assertEquals(1, zzz.get(2).tbLabel());
            assertEquals(day("2024-03-07"), zzz.get(2).tbHitDate());
            // 03-07: returns ln 8/9 and ln 1.5, sigma 0.370: -50% on 03-08 stays above -2 sigma; vertical at the last day
            assertEquals(0, zzz.get(3).tbLabel());
            assertEquals(day("2024-03-08"), zzz.get(3).tbHitDate());
        }
    }

    @Test
    void aDelistedTickerWhoseDataReachesTheExitIsNotCountedDelisted() throws Exception {
        try (TestStore store = new TestStore(dir.resolve("k.duckdb"))) {
            store.prices("OLD", TWO_WEEKS, 10, 10, 10, 10, 10, 10, 10, 10, 10, 12).delisted("OLD");
            LabelSummary summary = store.build(horizon(3));
            List<LabelRow> old = store.labels("OLD");
            assertEquals(7, old.size());
            assertEquals(0, old.get(6).delisted(), "03-12 exits on 03-15, its last day");
            assertEquals(0.2, old.get(6).fwdRet(), 1e-12);
            // 03-13 to 03-15 would exit after the store's last date: no ticker is labelled on those dates,
            // delisted or not, since their cross-section (and median) is not complete
            assertEquals(3, summary.endOfData());
        }
    }

    @Test
    void theLastHorizonSessionsOfALiveTickerHaveNoRowAtAll() throws Exception {
        try (TestStore store = new TestStore(dir.resolve("k.duckdb"))) {
            store.prices("LIVE", TWO_WEEKS, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19);
            LabelSummary summary = store.build(horizon(3));
            List<LabelRow> live = store.labels("LIVE");
            assertEquals(TWO_WEEKS.subList(0, 7), live.stream().map(LabelRow::date).toList());
            assertLabel(live.get(6), "2024-03-15", 19.0 / 16 - 1, 0, 0);
            assertEquals(3, summary.endOfData());
            assertEquals(0, summary.afterTickerEnd());
        }
    }

    @Test
    void aGapAtTheExitSessionUsesTheLastRowBeforeIt() throws Exception {
        try (TestStore store = new TestStore(dir.resolve("k.duckdb"))) {
            store.prices("FULL", TWO_WEEKS, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10)
                    // no row on 03-07, 03-12 or 03-13
                    .prices("GAP", List.of(day("2024-03-04"), day("2024-03-05"), day("2024-03-06"), day("2024-03-08"),
                            day("2024-03-11"), day("2024-03-14"), day("2024-03-15")), 100, 110, 120, 130, 140, 150, 160)
                    // no row on 03-07 or 03-11
                    .prices("QUIET", List.of(day("2024-03-04"), day("2024-03-05"), day("2024-03-06"), day("2024-03-08"),
                            day("2024-03-12")), 100, 110, 100, 101, 101);
            store.build(SHORT_VOLATILITY);

            LabelRow fourth = store.label("GAP", day("2024-03-04"));
            assertEquals(day("2024-03-07"), fourth.exitDate(), "the exit stays the third session");
            assertEquals(0.20, fourth.fwdRet(), 1e-12, "at the 03-06 close, the last before the exit");
            assertEquals(130.0 / 110 - 1, store.label("GAP", day("2024-03-05")).fwdRet(), 1e-12);
            // the horizon counts sessions, not rows: three rows after 03-08 would reach 03-15
            LabelRow eighth = store.label("GAP", day("2024-03-08"));
            assertEquals(day("2024-03-13"), eighth.exitDate());
            assertEquals(140.0 / 130 - 1, eighth.fwdRet(), 1e-12);
            assertEquals(List.of("2024-03-04", "2024-03-05", "2024-03-06", "2024-03-08", "2024-03-11"),
                    store.labels("GAP").stream().map(row -> row.date().toString()).toList());
            // 03-06 exits on 03-11 at the 03-08 price, +1%, inside 2 sigma (27%): the vertical barrier is the exit session
            LabelRow quiet = store.label("QUIET", day("2024-03-06"));
            assertEquals(day("2024-03-11"), quiet.exitDate());
            assertEquals(0.01, quiet.fwdRet(), 1e-12);
            assertEquals(0, quiet.tbLabel());
            assertEquals(day("2024-03-11"), quiet.tbHitDate());
        }
    }

    @Test
    void aHolidayInsideTheHorizonIsNotASession() throws Exception {
        // Good Friday 2024-03-29: Wed 03-27 + 3 sessions is Tue 04-02 (Thu 03-28, Mon 04-01, Tue 04-02)
        try (TestStore store = new TestStore(dir.resolve("k.duckdb"))) {
            List<LocalDate> days = sessions("2024-03-25", "2024-04-05");
            assertEquals(9, days.size());
            store.prices("HOL", days, 10, 11, 12, 13, 14, 15, 16, 17, 18);
            store.build(horizon(3));
            assertLabel(store.label("HOL", day("2024-03-27")), "2024-04-02", 15.0 / 12 - 1, 0, 0);
            assertEquals(day("2024-04-03"), store.label("HOL", day("2024-03-28")).exitDate());
        }
    }
}
