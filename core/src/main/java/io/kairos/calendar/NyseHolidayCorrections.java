package io.kairos.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.TreeMap;

/**
 * Fixes the full-day closures that jollyday's NYSE file gets wrong between 1990 and 2030.
 * Each fix and its source is listed in docs/CALENDAR.md.
 */
final class NyseHolidayCorrections {

    /** The NYSE first closed for Martin Luther King, Jr. Day in 1998; jollyday's rule has no start year. */
    static final int FIRST_MLK_CLOSURE_YEAR = 1998;

    /** Missing from jollyday: the exchange closed for the national day of mourning after Nixon's death. */
    static final LocalDate NIXON_DAY_OF_MOURNING = LocalDate.of(1994, 4, 27);

    private NyseHolidayCorrections() {
    }

    /** A corrected copy of jollyday's closures for the years from firstYear on. */
    static Map<LocalDate, String> apply(Map<LocalDate, String> jollydayClosures, int firstYear) {
        Map<LocalDate, String> corrected = new TreeMap<>(jollydayClosures);
        for (int year = firstYear; year < FIRST_MLK_CLOSURE_YEAR; year++) {
            corrected.remove(martinLutherKingDay(year));
        }
        corrected.put(NIXON_DAY_OF_MOURNING, "National day of mourning for former President Nixon");
        return corrected;
    }

    private static LocalDate martinLutherKingDay(int year) {
        return LocalDate.of(year, Month.JANUARY, 1).with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.MONDAY));
    }
}
