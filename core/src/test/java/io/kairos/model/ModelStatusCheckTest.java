package io.kairos.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.calendar.NyseCalendar;
import io.kairos.config.KairosConfig;
import io.kairos.data.store.PriceStore;
import io.kairos.data.store.StoreSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelStatusCheckTest {

    private static final NyseCalendar CALENDAR = NyseCalendar.create();
    private static final KairosConfig.Model SETTINGS = new KairosConfig.Model(3, 1, 20, 42, 45, 0.25);
    private static final String MODEL = "2026-10-30";
    private static final LocalDate TRAIN_START = LocalDate.of(2026, 1, 1);
    private static final LocalDate TRAIN_END = LocalDate.of(2026, 9, 30);
    private static final LocalDate LAST_DATE = LocalDate.of(2026, 11, 20);
    private static final int TICKERS = 10;

    @TempDir
    Path home;

    private PriceStore open() {
        return PriceStore.open(home.resolve("data/kairos.duckdb"), PriceStore.Access.READ_WRITE, StoreSettings.DEFAULTS);
    }

    /**
     * Weekday feature rows for 10 tickers through 2026-11-20. mom_20 is the ticker's index (0..9) on the last weekday of
     * each month and in the latest week, 1000 on other days: only the monthly training dates give it a PSI of 0. vol_20 is
     * the index, plus 100 in the latest week: every latest value lands in the top training bin.
     */
    private CalibrationFixture market(PriceStore store) throws Exception {
        CalibrationFixture fixture = new CalibrationFixture(store.connection(), home);
        fixture.registerModel(MODEL, TRAIN_START, TRAIN_END, CalibrationFixture.metricsWithTestAccuracy());
        List<Object[]> rows = new ArrayList<>();
        for (LocalDate date = TRAIN_START; !date.isAfter(LAST_DATE); date = date.plusDays(1)) {
            if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            boolean latestWeek = date.isAfter(LAST_DATE.minusDays(5));
            boolean monthEnd = date.equals(lastWeekdayOfMonth(date));
            for (int t = 0; t < TICKERS; t++) {
                rows.add(new Object[] {CalibrationFixture.ticker(t), date, monthEnd || latestWeek ? t : 1000.0,
                    latestWeek ? t + 100.0 : t});
            }
        }
        fixture.featureRows(rows);
        return fixture;
    }

    @Test
    void driftComparesTheMonthlyTrainingDatesWithTheLatestWeek() throws Exception {
        try (PriceStore store = open()) {
            market(store);
            ModelStatus status = new ModelStatusCheck(SETTINGS, CALENDAR, home).check(store, null, LAST_DATE);

            DriftReport drift = status.drift();
            assertNull(drift.unavailable());
            assertEquals(new DriftReport.Window(9, LocalDate.of(2026, 1, 30), LocalDate.of(2026, 9, 30), 90), drift.training(),
                    "the last weekday of January to September");
            assertEquals(new DriftReport.Window(5, LocalDate.of(2026, 11, 16), LAST_DATE, 50), drift.latest());
            assertEquals("mom_20", drift.features().get(0).name());
            assertEquals(0.0, drift.features().get(0).psi(), 1e-12);
            assertFalse(drift.features().get(0).drifted());
            // vol_20: all latest rows in the top bin (training share 0.1), the nine others empty (floored at 0.0001).
            double expected = 0.9 * Math.log(10) + 9 * (1e-4 - 0.1) * Math.log(1e-4 / 0.1);
            assertEquals(expected, drift.features().get(1).psi(), 1e-12);
            assertTrue(drift.features().get(1).drifted());
            assertEquals(List.of("1 of 2 features drifted (PSI above 0.25): vol_20 8.28"), status.warnings());
        }
    }

    @Test
    void ageCountsCalendarDaysFromTheAsOfDateAndBeyondTheLimitIsStale() throws Exception {
        try (PriceStore store = open()) {
            market(store);
            ModelStatus fresh = new ModelStatusCheck(SETTINGS, CALENDAR, home).check(store, MODEL, LocalDate.of(2026, 12, 14));
            assertEquals(45, fresh.ageDays());
            assertFalse(fresh.stale());
            assertNull(fresh.staleReason());
            ModelStatus stale = new ModelStatusCheck(SETTINGS, CALENDAR, home).check(store, MODEL, LocalDate.of(2026, 12, 15));
            assertEquals(46, stale.ageDays());
            assertTrue(stale.stale());
            assertEquals("model 2026-10-30 is 46 days old, beyond model.max_age_days (45): retrain it with kairos train.",
                    stale.staleReason());
        }
    }

    @Test
    void hitRateCountsLabelledPredictionsAfterTheTrainingEndAgainstTheTestAccuracy() throws Exception {
        try (PriceStore store = open()) {
            CalibrationFixture fixture = market(store);
            LocalDate live = LocalDate.of(2026, 10, 2);
            for (int t = 0; t < TICKERS; t++) {
                // scores 0.6 for T000-T006, 0.4 for T007-T009; labels 1 for T000-T004: hits T000-T004 and T007-T009.
                fixture.predict(MODEL, CalibrationFixture.ticker(t), live, 0, t < 7 ? 0.6 : 0.4);
                fixture.label(CalibrationFixture.ticker(t), live, t < 5 ? 1 : 0);
            }
            fixture.predict(MODEL, "T000", LocalDate.of(2026, 10, 30), 0, 0.9);
            fixture.predict(MODEL, "T000", TRAIN_END, 3, 0.1);
            fixture.label("T000", TRAIN_END, 1);

            ModelStatusHitRate hitRate = new ModelStatusCheck(SETTINGS, CALENDAR, home).check(store, MODEL, LAST_DATE).hitRate();

            assertEquals(10, hitRate.rows(), "unlabelled and in-training rows are left out");
            assertEquals(8, hitRate.hits());
            assertEquals(0.8, hitRate.rate(), 1e-12);
            assertEquals(0.55, hitRate.promised());
            assertEquals("metrics.json testFolds.accuracy", hitRate.promisedFrom());
            assertFalse(hitRate.weak());
        }
    }

    @Test
    void aHitRateTwoStandardErrorsBelowThePromiseIsAWarning() throws Exception {
        try (PriceStore store = open()) {
            CalibrationFixture fixture = market(store);
            // 40 hits in 100: below 0.55 - 2 * sqrt(0.55 * 0.45 / 100) = 0.4505.
            for (int i = 0; i < 100; i++) {
                LocalDate date = LocalDate.of(2026, 10, 1).plusDays(i / TICKERS);
                fixture.predict(MODEL, CalibrationFixture.ticker(i % TICKERS), date, 0, 0.7);
                fixture.label(CalibrationFixture.ticker(i % TICKERS), date, i < 40 ? 1 : 0);
            }
            ModelStatus status = new ModelStatusCheck(SETTINGS, CALENDAR, home).check(store, MODEL, LAST_DATE);
            assertTrue(status.hitRate().weak());
            assertEquals("live hit rate 40.0% on 100 predictions is more than two standard errors below the 55.0% validation"
                    + " promised", status.warnings().get(1));
        }
    }

    @Test
    void withoutATestAccuracyOrFeatureTablesTheStatusSaysWhatIsMissing() throws Exception {
        try (PriceStore store = open()) {
            Path folder = new CalibrationFixture(store.connection(), home).registerModel(MODEL, TRAIN_START, TRAIN_END,
                    "{\"overall\": {\"accuracy\": 0.6}}");
            new CalibrationFixture(store.connection(), home).execute("DROP TABLE feat_matrix");
            ModelStatus status = new ModelStatusCheck(SETTINGS, CALENDAR, home).check(store, null, LAST_DATE);
            assertEquals("no feat_matrix or feature_catalog in the store: run kairos features", status.drift().unavailable());
            assertEquals(0, status.hitRate().rows());
            assertNull(status.hitRate().rate());
            assertNull(status.hitRate().promised());
            assertEquals("metrics.json has no test-fold accuracy (testFolds.accuracy)", status.hitRate().promisedFrom());
            assertEquals(List.of(), status.warnings());
            Files.delete(folder.resolve("metrics.json"));
            assertEquals("no metrics.json in the model folder",
                    new ModelStatusCheck(SETTINGS, CALENDAR, home).check(store, null, LAST_DATE).hitRate().promisedFrom());
        }
    }

    private static LocalDate lastWeekdayOfMonth(LocalDate date) {
        LocalDate last = date.with(TemporalAdjusters.lastDayOfMonth());
        while (last.getDayOfWeek() == DayOfWeek.SATURDAY || last.getDayOfWeek() == DayOfWeek.SUNDAY) {
            last = last.minusDays(1);
        }
        return last;
    }
}
