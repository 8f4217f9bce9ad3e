package io.kairos.execution.records;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kairos.calendar.NyseCalendar;
import io.kairos.data.store.PriceStore;
import io.kairos.data.store.StoreSettings;
import io.kairos.testsupport.StoreSql;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two executed rebalances in a real store, numbers by hand. closeadj on 2026-03-02, 03-04, 03-06: AAA 100, 110,
 * 121; BBB 50, 45, 45; CCC 20, 20, 22. Run 1 (data 03-02, equity 10,000): AAA and BBB half each. Run 2 (data 03-04,
 * equity 10,400): AAA only. Equity now 11,300.
 */
class LivePerformanceTest {

    @TempDir
    Path dir;

    @Test
    void eachPeriodAndTheTotalAgainstThePicksAndTheUniverse() {
        try (PriceStore store = PriceStore.open(dir.resolve("kairos.duckdb"), PriceStore.Access.READ_WRITE, StoreSettings.DEFAULTS)) {
            ExecutionRecords records = ExecutionRecords.open(store.connection(), "sim", Clock.systemUTC());
            String[][] closes = {{"AAA", "100", "110", "121"}, {"BBB", "50", "45", "45"}, {"CCC", "20", "20", "22"}};
            String[] dates = {"2026-03-02", "2026-03-04", "2026-03-06"};
            for (String[] ticker : closes) {
                for (int i = 0; i < dates.length; i++) {
                    StoreSql.execute(store, "INSERT INTO sep_base (ticker, date, close, closeadj) VALUES ('" + ticker[0] + "', DATE '"
                            + dates[i] + "', " + ticker[i + 1] + ", " + ticker[i + 1] + ")");
                }
            }
            StoreSql.execute(store, "INSERT INTO exec_runs VALUES ('sim', 'f1', DATE '2026-03-02', DATE '2026-03-02', DATE '2026-03-03',"
                    + " 'p1.csv', 10000, TIMESTAMP '2026-03-02 23:00:00'), ('sim', 'f2', DATE '2026-03-04', DATE '2026-03-04',"
                    + " DATE '2026-03-05', 'p2.csv', 10400, TIMESTAMP '2026-03-04 23:00:00')");
            StoreSql.execute(store, "INSERT INTO exec_targets VALUES ('sim', 'f1', 'AAA', 0.5), ('sim', 'f1', 'BBB', 0.5),"
                    + " ('sim', 'f2', 'AAA', 1.0)");

            List<PerformancePeriod> periods = new LivePerformance(store.connection(), NyseCalendar.create())
                    .periods(records.runs(), new BigDecimal("11300"), LocalDate.parse("2026-03-06"));

            assertEquals(3, periods.size());
            // AAA +10%, BBB -10%, CCC 0%: the picks and the universe are flat, the account made 4%
            check(periods.get(0), "2026-03-02", "2026-03-04", 2, 0.04, 0.0, 0.0);
            // AAA +10%, BBB 0%, CCC +10%: universe 20% / 3; account 11,300 / 10,400 - 1
            check(periods.get(1), "2026-03-04", "2026-03-06", 2, 11300.0 / 10400 - 1, 0.10, 0.2 / 3);
            check(periods.get(2), "2026-03-02", "2026-03-06", 4, 0.13, 0.10, 0.2 / 3);
            assertEquals(0.13 - 0.10, periods.get(2).implementation(), 1e-12);
        }
    }

    private static void check(PerformancePeriod period, String start, String end, int sessions, double live, double picks,
            double universe) {
        assertEquals(LocalDate.parse(start), period.start());
        assertEquals(LocalDate.parse(end), period.end());
        assertEquals(sessions, period.sessions());
        assertEquals(live, period.live(), 1e-12);
        assertEquals(picks, period.picks(), 1e-12);
        assertEquals(universe, period.universe(), 1e-12);
    }
}
