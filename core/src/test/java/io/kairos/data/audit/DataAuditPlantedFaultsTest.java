package io.kairos.data.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.calendar.NyseCalendar;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One fault planted per ticker on a hand-made store of March and April 2024 (42 sessions; Good Friday,
 * 2024-03-29, is a holiday). The store ends on Tuesday 2024-04-30 and the audit runs as of Friday 2024-05-03,
 * three sessions later.
 */
class DataAuditPlantedFaultsTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 5, 3);
    private static NyseCalendar calendar;

    @TempDir
    Path dir;

    @BeforeAll
    static void buildCalendar() {
        calendar = NyseCalendar.create();
    }

    /** Every fault of the brief, one ticker each, next to a clean ticker. */
    static PlantedStore plantFaults(PlantedStore planted) throws Exception {
        return planted
                .bars("AAA", 50)
                .bars("GAPS", 50)
                .sql("DELETE FROM sep_base WHERE ticker = 'GAPS' AND date IN ('2024-03-12', '2024-03-13', '2024-04-10')")
                .bars("DUPL", 50)
                .sql("INSERT INTO sep_base SELECT * FROM sep_base WHERE ticker = 'DUPL' AND date = '2024-03-15'")
                .bars("NEGP", 50)
                .sql("UPDATE sep_base SET low = 0 WHERE ticker = 'NEGP' AND date = '2024-03-20'")
                .sql("UPDATE sep_base SET closeadj = -12.5 WHERE ticker = 'NEGP' AND date = '2024-03-21'")
                .bars("NULO", 50)
                .sql("UPDATE sep_base SET open = NULL WHERE ticker = 'NULO' AND date = '2024-03-22'")
                .bars("HILO", 50)
                .sql("UPDATE sep_base SET high = 49, low = 51 WHERE ticker = 'HILO' AND date = '2024-03-25'")
                .bars("OPHI", 50)
                .sql("UPDATE sep_base SET open = 53 WHERE ticker = 'OPHI' AND date = '2024-03-26'")
                .bars("ZVOL", 50)
                .sql("UPDATE sep_base SET volume = 0 WHERE ticker = 'ZVOL' AND date BETWEEN '2024-04-02' AND '2024-04-04'")
                .bars("SPLT", PlantedStore.FIRST, LocalDate.of(2024, 4, 15), 100)
                .bars("SPLT", LocalDate.of(2024, 4, 16), PlantedStore.LAST, 50)
                .bars("SPIN", PlantedStore.FIRST, LocalDate.of(2024, 4, 15), 80)
                .bars("SPIN", LocalDate.of(2024, 4, 16), PlantedStore.LAST, 44)
                // the LNT case of 2016-05-19: a close of about half the day's range, the next day back at the level
                .bars("BADP", PlantedStore.FIRST, LocalDate.of(2024, 4, 17), 35.3)
                .sql("INSERT INTO sep_base VALUES ('BADP', '2024-04-18', 35.19, 35.785, 35.085, 17.87, 1000, 17.87, 17.87, NULL)")
                .bars("BADP", LocalDate.of(2024, 4, 19), PlantedStore.LAST, 35.9)
                .bars("STAL", PlantedStore.FIRST, LocalDate.of(2024, 4, 24), 50)
                .bars("GONE", PlantedStore.FIRST, LocalDate.of(2024, 4, 10), 50)
                .sql("""
                        INSERT INTO tickers (ticker, isdelisted) VALUES ('AAA', false), ('STAL', false), ('GONE', true)""");
    }

    @Test
    void everyPlantedFaultIsFoundWithItsTickerDateAndDetail() throws Exception {
        try (PlantedStore planted = plantFaults(new PlantedStore(dir.resolve("kairos.duckdb"), calendar))) {
            AuditReport report = new DataAudit(calendar, AuditSettings.DEFAULTS).run(planted.store(), AS_OF);

            assertEquals(List.of(
                    "calendar_gaps WARNING GAPS 2024-03-12..2024-03-13 2: 2 sessions with no row",
                    "calendar_gaps WARNING GAPS 2024-04-10..2024-04-10 1: 1 session with no row",
                    "duplicate_rows BLOCKING DUPL 2024-03-15..2024-03-15 2: 2 rows for this ticker and date",
                    "non_positive_prices BLOCKING NEGP 2024-03-20..2024-03-20 1: low 0",
                    "non_positive_prices BLOCKING NEGP 2024-03-21..2024-03-21 1: closeadj -12.5",
                    "missing_values WARNING NULO 2024-03-22..2024-03-22 1: open missing",
                    "ohlc_inconsistent WARNING BADP 2024-04-18..2024-04-18 1: close 17.87 outside [35.085, 35.785]",
                    "ohlc_inconsistent WARNING HILO 2024-03-25..2024-03-25 1: high 49 below low 51",
                    "ohlc_inconsistent WARNING OPHI 2024-03-26..2024-03-26 1: open 53 outside [49, 51]",
                    "zero_volume_runs WARNING ZVOL 2024-04-02..2024-04-04 3: volume 0 on 3 rows",
                    "suspect_jumps WARNING SPIN 2024-04-16..2024-04-16 1: close 80 -> 44 (x0.550):"
                            + " possible spin-off or unadjusted corporate action",
                    "suspect_jumps WARNING SPLT 2024-04-16..2024-04-16 1: close 100 -> 50 (x0.500):"
                            + " possible unadjusted split 2:1",
                    "bad_prints WARNING BADP 2024-04-18..2024-04-18 1: close 17.87 between 35.3 and 35.9 (x0.506, x0.498)",
                    "stale_data BLOCKING - 2024-04-30..2024-05-03 3: latest stored date 2024-04-30 is 3 sessions behind"
                            + " 2024-05-03",
                    "stale_tickers WARNING STAL 2024-04-24..2024-04-30 4: last row 2024-04-24, 4 sessions before the"
                            + " store's latest date 2024-04-30; not marked delisted"),
                    report.findings().stream().map(DataAuditPlantedFaultsTest::line).toList());
            assertTrue(report.blocked(), "duplicates, non-positive prices and a stale store block by default");
        }
    }

    @Test
    void totalsCountFindingsTickersAndWhatTheyCover() throws Exception {
        try (PlantedStore planted = plantFaults(new PlantedStore(dir.resolve("kairos.duckdb"), calendar))) {
            AuditReport report = new DataAudit(calendar, AuditSettings.DEFAULTS).run(planted.store(), AS_OF);

            assertEquals(Map.of(
                    AuditCheck.CALENDAR_GAPS, new CheckTotal(2, 1, 3),
                    AuditCheck.DUPLICATE_ROWS, new CheckTotal(1, 1, 2),
                    AuditCheck.NON_POSITIVE_PRICES, new CheckTotal(2, 1, 2),
                    AuditCheck.MISSING_VALUES, new CheckTotal(1, 1, 1),
                    AuditCheck.OHLC_INCONSISTENT, new CheckTotal(3, 3, 3),
                    AuditCheck.ZERO_VOLUME_RUNS, new CheckTotal(1, 1, 3),
                    AuditCheck.SUSPECT_JUMPS, new CheckTotal(2, 2, 2),
                    AuditCheck.BAD_PRINTS, new CheckTotal(1, 1, 1),
                    AuditCheck.STALE_DATA, new CheckTotal(1, 0, 3),
                    AuditCheck.STALE_TICKERS, new CheckTotal(1, 1, 4)), report.totals());
            // 13 tickers of 42 sessions, GAPS 3 fewer, DUPL 1 more, BADP its 42, STAL to 04-24 (38), GONE to 04-10 (28)
            assertEquals(new StoreSpan(11 * 42 - 3 + 1 + 38 + 28, 13, PlantedStore.FIRST, PlantedStore.LAST), report.store());
            TickerAudit gaps = report.tickers().stream().filter(ticker -> ticker.ticker().equals("GAPS")).findFirst().orElseThrow();
            assertEquals(new TickerAudit("GAPS", PlantedStore.FIRST, PlantedStore.LAST, 39, 3,
                    Map.of(AuditCheck.CALENDAR_GAPS, 2L)), gaps);
            assertEquals(List.of("AAA", "BADP", "DUPL", "GAPS", "GONE", "HILO", "NEGP", "NULO", "OPHI", "SPIN", "SPLT",
                    "STAL", "ZVOL"), report.tickers().stream().map(TickerAudit::ticker).toList());
            assertEquals(Map.of(AuditCheck.OHLC_INCONSISTENT, 1L, AuditCheck.BAD_PRINTS, 1L),
                    report.tickers().get(1).findingCounts(), "BADP");
        }
    }

    @Test
    void goodFridayIsNoGapAndARowOnItDoesNotHideTheGapAfterIt() throws Exception {
        try (PlantedStore planted = new PlantedStore(dir.resolve("kairos.duckdb"), calendar)) {
            planted.bars("AAA", 50)
                    .bars("HOLI", 50)
                    .sql("INSERT INTO sep_base SELECT ticker, DATE '2024-03-29', open, high, low, close, volume, closeadj,"
                            + " closeunadj, lastupdated FROM sep_base WHERE ticker = 'HOLI' AND date = '2024-03-28'")
                    .sql("DELETE FROM sep_base WHERE ticker = 'HOLI' AND date = '2024-04-01'");
            AuditReport report = new DataAudit(calendar, AuditSettings.DEFAULTS).run(planted.store(), PlantedStore.LAST);

            assertEquals(List.of("calendar_gaps WARNING HOLI 2024-04-01..2024-04-01 1: 1 session with no row"),
                    report.findings().stream().map(DataAuditPlantedFaultsTest::line).toList());
        }
    }

    @Test
    void cleanStoreAuditedAsOfItsLastSessionHasNoFindings() throws Exception {
        try (PlantedStore planted = new PlantedStore(dir.resolve("kairos.duckdb"), calendar)) {
            planted.bars("AAA", 50).bars("BBB", PlantedStore.FIRST, LocalDate.of(2024, 4, 15), 20)
                    .bars("BBB", LocalDate.of(2024, 4, 16), PlantedStore.LAST, 25) // x1.25: a big move, no jump
                    .sql("INSERT INTO tickers (ticker) VALUES ('AAA'), ('BBB')");
            AuditReport report = new DataAudit(calendar, AuditSettings.DEFAULTS).run(planted.store(), PlantedStore.LAST);

            assertEquals(List.of(), report.findings());
            assertFalse(report.blocked());
            assertTrue(report.totals().values().stream().allMatch(total -> total.equals(new CheckTotal(0, 0, 0))));
            assertEquals(new QuarantineSummary(0, List.of()), report.quarantine());
        }
    }

    @Test
    void severityFollowsTheBlockingSetting() throws Exception {
        try (PlantedStore planted = plantFaults(new PlantedStore(dir.resolve("kairos.duckdb"), calendar))) {
            AuditReport warnOnly = new DataAudit(calendar, new AuditSettings(0.6, 1.2, Set.of())).run(planted.store(), AS_OF);
            AuditReport ohlcBlocks = new DataAudit(calendar,
                    new AuditSettings(0.6, 1.2, EnumSet.of(AuditCheck.OHLC_INCONSISTENT))).run(planted.store(), AS_OF);

            assertFalse(warnOnly.blocked());
            assertEquals(Set.of(Severity.WARNING), Set.copyOf(warnOnly.findings().stream().map(AuditFinding::severity).toList()));
            assertTrue(ohlcBlocks.blocked());
            assertEquals(3, ohlcBlocks.findings().stream().filter(finding -> finding.severity() == Severity.BLOCKING).count());
        }
    }

    @Test
    void thresholdsAreSettings() throws Exception {
        try (PlantedStore planted = plantFaults(new PlantedStore(dir.resolve("kairos.duckdb"), calendar))) {
            AuditReport report = new DataAudit(calendar, new AuditSettings(0.52, 2.1, Set.of())).run(planted.store(), AS_OF);

            assertEquals(List.of("SPLT"), report.findings(AuditCheck.SUSPECT_JUMPS).stream().map(AuditFinding::ticker).toList(),
                    "x0.500 is below 0.52, SPIN's x0.550 is not");
            assertEquals(List.of(), report.findings(AuditCheck.BAD_PRINTS), "x0.506 is not below 1/2.1 = 0.476");
        }
    }

    @Test
    void emptyStoreIsStale() throws Exception {
        try (PlantedStore planted = new PlantedStore(dir.resolve("kairos.duckdb"), calendar)) {
            AuditReport report = new DataAudit(calendar, AuditSettings.DEFAULTS).run(planted.store(), AS_OF);

            assertEquals(List.of("stale_data BLOCKING - null..2024-05-03 0: the store holds no prices"),
                    report.findings().stream().map(DataAuditPlantedFaultsTest::line).toList());
            assertTrue(report.blocked());
        }
    }

    static String line(AuditFinding finding) {
        return finding.check() + " " + finding.severity() + " " + (finding.ticker() == null ? "-" : finding.ticker())
                + " " + finding.from() + ".." + finding.to() + " " + finding.count() + ": " + finding.detail();
    }
}
