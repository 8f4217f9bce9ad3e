package io.kairos.data.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.calendar.NyseCalendar;
import io.kairos.data.csv.CsvImport;
import io.kairos.data.store.PriceStore;
import io.kairos.data.store.StoreSettings;
import io.kairos.ops.ProgressListener;
import io.kairos.testsupport.SharedData;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real S&P 500 file (../shared/data/README.md), imported with its 2018-04 sectors. Every expected value was
 * worked out again with a separate Python scan of the gzip file; where the README and the data disagree the
 * data wins (noted at the assertion). The 11 blank-open rows are quarantined by the import, so they appear in
 * the quarantine summary and as calendar gaps (FTV and UA lose their first day instead).
 */
class DataAuditRealSp500Test {

    private static final LocalDate LAST_DAY = LocalDate.of(2018, 2, 7);

    @TempDir
    static Path dir;
    private static NyseCalendar calendar;
    private static PriceStore store;
    private static Path pricesFile;
    private static AuditReport report;

    @BeforeAll
    static void importAndAudit() {
        pricesFile = SharedData.file("sp500_5yr_daily.csv.gz");
        Path sectors = SharedData.file("sp500_constituents_2018-04.csv");
        calendar = NyseCalendar.create();
        store = PriceStore.open(dir.resolve("kairos.duckdb"), PriceStore.Access.READ_WRITE, StoreSettings.DEFAULTS);
        new CsvImport(date -> calendar.closureReason(date).map(reason -> date + " is not an NYSE session (" + reason + ")"),
                LocalDate.of(2026, 11, 20)).run(store,
                new CsvImport.Request(List.of(pricesFile), Optional.of(sectors), Optional.empty(), false),
                ProgressListener.NONE);
        report = new DataAudit(calendar, AuditSettings.DEFAULTS).run(store, LAST_DAY);
    }

    @AfterAll
    static void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void storeAsOfItsLastDayIsNotStaleAndNothingBlocks() {
        assertEquals(new StoreSpan(619_029, 505, LocalDate.of(2013, 2, 8), LAST_DAY), report.store());
        assertEquals(List.of(), report.findings(AuditCheck.STALE_DATA));
        assertEquals(List.of(), report.findings(AuditCheck.STALE_TICKERS), "every ticker runs to 2018-02-07");
        assertFalse(report.blocked());
    }

    @Test
    void totalsOfTheRealFile() {
        assertEquals(Map.of(
                AuditCheck.CALENDAR_GAPS, new CheckTotal(26, 10, 60),
                AuditCheck.DUPLICATE_ROWS, new CheckTotal(0, 0, 0),
                AuditCheck.NON_POSITIVE_PRICES, new CheckTotal(0, 0, 0),
                AuditCheck.MISSING_VALUES, new CheckTotal(0, 0, 0),
                AuditCheck.OHLC_INCONSISTENT, new CheckTotal(12, 11, 12),
                AuditCheck.ZERO_VOLUME_RUNS, new CheckTotal(0, 0, 0),
                AuditCheck.SUSPECT_JUMPS, new CheckTotal(5, 5, 5),
                AuditCheck.BAD_PRINTS, new CheckTotal(5, 5, 5),
                AuditCheck.STALE_DATA, new CheckTotal(0, 0, 0),
                AuditCheck.STALE_TICKERS, new CheckTotal(0, 0, 0)), report.totals(),
                "the four zero-volume rows of the file are all blank-open rows, quarantined by the import");
    }

    @Test
    void missingDaysAreTheKnownOnesPlusTheQuarantinedRows() {
        // README: DHR and O 16 days each, ES 10, ICE 5, BMY 2, ORCL 2. The 16th day is 2016-04-04 for DHR and
        // 2014-07-02 for O (the README lists 15 of the 16). Quarantined blank-open rows add DHR and O
        // 2015-07-17 and 2016-01-12, ES 2015-07-17, BHF 2017-07-26, REGN 2015-06-09, VRTX 2015-05-12 and
        // WRK 2015-06-26; FTV 2016-07-01 and UA 2016-04-07 were those tickers' first rows, so no gap.
        assertEquals(List.of(
                "BHF 2017-07-26..2017-07-26 1",
                "BMY 2013-04-26..2013-04-26 1", "BMY 2013-06-07..2013-06-07 1",
                "DHR 2013-04-26..2013-04-26 1", "DHR 2013-09-09..2013-09-11 3", "DHR 2014-06-10..2014-06-10 1",
                "DHR 2015-03-09..2015-03-20 10", "DHR 2015-07-17..2015-07-17 1", "DHR 2016-01-12..2016-01-12 1",
                "DHR 2016-04-04..2016-04-04 1",
                "ES 2015-03-09..2015-03-20 10", "ES 2015-07-17..2015-07-17 1",
                "ICE 2013-04-26..2013-04-26 1", "ICE 2013-09-09..2013-09-11 3", "ICE 2014-06-10..2014-06-10 1",
                "O 2013-04-26..2013-04-26 1", "O 2013-09-09..2013-09-11 3", "O 2014-06-10..2014-06-10 1",
                "O 2014-07-02..2014-07-02 1", "O 2015-03-09..2015-03-20 10", "O 2015-07-17..2015-07-17 1",
                "O 2016-01-12..2016-01-12 1",
                "ORCL 2013-07-15..2013-07-16 2",
                "REGN 2015-06-09..2015-06-09 1",
                "VRTX 2015-05-12..2015-05-12 1",
                "WRK 2015-06-26..2015-06-26 1"),
                report.findings(AuditCheck.CALENDAR_GAPS).stream()
                        .map(gap -> gap.ticker() + " " + gap.from() + ".." + gap.to() + " " + gap.count()).toList());
        TickerAudit dhr = report.tickers().stream().filter(ticker -> ticker.ticker().equals("DHR")).findFirst().orElseThrow();
        assertEquals(18, dhr.missingSessions());
        assertEquals(Map.of(AuditCheck.CALENDAR_GAPS, 7L, AuditCheck.OHLC_INCONSISTENT, 1L), dhr.findingCounts());
    }

    @Test
    void ohlcInconsistentRowsAreTheTwelveTheReadmeCounts() {
        // README: "12 rows ... AOS, BBY, CHD, CHK, DHR (twice), IP, LNT, O (twice), SPG, UA and WRK". That list
        // names 13; the data has DHR once (2014-11-06). None is a blank-open row, so all 12 survive the import.
        assertEquals(List.of(
                "AOS 2014-05-19: high 23.595 below low 23.85; open 23.89 outside [23.595, 23.85];"
                        + " close 24.445 outside [23.595, 23.85]",
                "BBY 2016-03-14: close 32.72 outside [33.08, 33.75]",
                "CHD 2014-05-19: open 18.77 outside [33.695, 33.9525]",
                "CHK 2014-06-30: close 29.39 outside [30.37, 31.1]",
                "DHR 2014-11-06: open 78.47 outside [80.49, 81.305]",
                "IP 2014-07-01: close 50.09 outside [50.57, 51.07]",
                "LNT 2016-05-19: close 17.87 outside [35.085, 35.785]",
                "O 2014-08-27: close 44.5272 outside [44.66, 44.7]",
                "O 2014-11-06: open 44.74 outside [46.73, 47.57]",
                "SPG 2014-05-28: close 165.42 outside [174.5, 176.6]",
                "UA 2016-06-10: close 35.54 outside [35.7, 36.41]",
                "WRK 2016-05-13: close 38.39 outside [41.82, 42.89]"),
                dayDetails(report.findings(AuditCheck.OHLC_INCONSISTENT)));
    }

    @Test
    void jumpsAreTheSpinOffsAndTheDiscoveryShareDividendButNotVertex() {
        assertEquals(List.of(
                "BAX 2015-07-01: close 69.93 -> 38.86 (x0.556): possible spin-off or unadjusted corporate action",
                "DISCA 2014-08-07: close 83.02 -> 40.975 (x0.494): possible unadjusted split 2:1",
                "DISCK 2014-08-07: close 81.22 -> 39.78 (x0.490): possible unadjusted split 2:1",
                "EBAY 2015-07-20: close 66.29 -> 28.57 (x0.431): possible spin-off or unadjusted corporate action",
                "NI 2015-07-02: close 45.45 -> 16.99 (x0.374): possible spin-off or unadjusted corporate action"),
                dayDetails(report.findings(AuditCheck.SUSPECT_JUMPS)),
                "VRTX 2013-04-19 (52.87 -> 85.60, x1.619) is a genuine move inside 1/0.6 = 1.667; LNT's return from its"
                        + " bad print on 2016-05-20 (x2.010) is no new level");
    }

    @Test
    void badPrintsAreLntAndFourWrongBarsOf2017_09_14() {
        // the README names LNT only. On 2017-09-14 whole bars of several names sit 20-35% away from both
        // neighbours, which agree within 2% (e.g. MRO 11.91, 16.02, 12.0): wrong bars in the source, not moves.
        assertEquals(List.of(
                "FLR 2017-09-14: close 50.62 between 40.14 and 40.43 (x1.261, x1.252)",
                "LNT 2016-05-19: close 17.87 between 35.35 and 35.91 (x0.506, x0.498)",
                "MPC 2017-09-14: close 64.75 between 53.21 and 52.96 (x1.217, x1.223)",
                "MRO 2017-09-14: close 16.02 between 11.91 and 12 (x1.345, x1.335)",
                "NWL 2017-09-14: close 30.81 between 44.22 and 43.2 (x0.697, x0.713)"),
                dayDetails(report.findings(AuditCheck.BAD_PRINTS)));
    }

    @Test
    void quarantineSummaryHasTheElevenBlankOpens() {
        assertEquals(new QuarantineSummary(11, List.of(
                new QuarantineSummary.Group("csv", pricesFile.toString(), "blank open", 11))), report.quarantine());
    }

    @Test
    void storeIsStaleAsOf2026_11_20() {
        AuditReport late = new DataAudit(calendar, AuditSettings.DEFAULTS).run(store, LocalDate.of(2026, 11, 20));

        // 2209 sessions from 2018-02-08 to 2026-11-20, counted with an independent holiday list in Python
        assertEquals(List.of("stale_data BLOCKING - 2018-02-07..2026-11-20 2209: latest stored date 2018-02-07 is"
                + " 2209 sessions behind 2026-11-20"),
                late.findings(AuditCheck.STALE_DATA).stream().map(DataAuditPlantedFaultsTest::line).toList());
        assertTrue(late.blocked());
    }

    private static List<String> dayDetails(List<AuditFinding> findings) {
        return findings.stream().map(finding -> finding.ticker() + " " + finding.from() + ": " + finding.detail()).toList();
    }
}
