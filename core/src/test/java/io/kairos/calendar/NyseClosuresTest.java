package io.kairos.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Full-day closures: jollyday's base, the corrections, and the year-boundary and weekend rules. */
class NyseClosuresTest {

    private static final NyseCalendar CALENDAR = NyseCalendar.create();

    @ParameterizedTest(name = "{0} closed: {1}")
    @CsvSource(delimiter = '|', value = {
        "1994-04-27 | National day of mourning for former President Nixon",
        "2001-09-11 | September 11 attacks",
        "2001-09-12 | September 11 attacks",
        "2001-09-13 | September 11 attacks",
        "2001-09-14 | September 11 attacks",
        "2004-06-11 | National day of mourning for former President Reagan",
        "2007-01-02 | National day of mourning for former President Ford",
        "2012-10-29 | Hurricane Sandy",
        "2012-10-30 | Hurricane Sandy",
        "2018-12-05 | National day of mourning for former President George H. W. Bush",
        "2025-01-09 | National day of mourning for former President Carter",
    })
    void unscheduledClosuresAreClosedWithTheirReason(LocalDate day, String reason) {
        assertFalse(CALENDAR.isSession(day));
        assertEquals(Optional.of(reason), CALENDAR.closureReason(day));
    }

    @Test
    void the2026HolidaysMatchTheExchangesPublishedList() {
        Map<LocalDate, String> expected = new LinkedHashMap<>();
        expected.put(LocalDate.of(2026, 1, 1), "New Year's Day");
        expected.put(LocalDate.of(2026, 1, 19), "Martin Luther King, Jr. Day");
        expected.put(LocalDate.of(2026, 2, 16), "Washington's Birthday (Presidents' Day)");
        expected.put(LocalDate.of(2026, 4, 3), "Good Friday");
        expected.put(LocalDate.of(2026, 5, 25), "Memorial Day");
        expected.put(LocalDate.of(2026, 6, 19), "Juneteenth National Independence Day");
        expected.put(LocalDate.of(2026, 7, 3), "Independence Day (observed)");
        expected.put(LocalDate.of(2026, 9, 7), "Labor Day");
        expected.put(LocalDate.of(2026, 11, 26), "Thanksgiving Day");
        expected.put(LocalDate.of(2026, 12, 25), "Christmas Day");

        assertEquals(expected, weekdayClosures(2026));
    }

    @Test
    void martinLutherKingDayClosesTheExchangeOnlyFrom1998() {
        assertTrue(CALENDAR.isSession(LocalDate.of(1990, 1, 15)));
        assertTrue(CALENDAR.isSession(LocalDate.of(1997, 1, 20)));
        assertEquals(Optional.of("Martin Luther King, Jr. Day"), CALENDAR.closureReason(LocalDate.of(1998, 1, 19)));
        assertFalse(CALENDAR.isSession(LocalDate.of(2026, 1, 19)));
    }

    @Test
    void juneteenthClosesTheExchangeOnlyFrom2022() {
        assertTrue(CALENDAR.isSession(LocalDate.of(2021, 6, 18)), "Friday before the 2021 holiday");
        assertEquals(Optional.of("Juneteenth National Independence Day (observed)"),
                CALENDAR.closureReason(LocalDate.of(2022, 6, 20)), "the 19th was a Sunday");
        assertEquals(Optional.of("Juneteenth National Independence Day"),
                CALENDAR.closureReason(LocalDate.of(2023, 6, 19)));
        assertEquals(Optional.of("Juneteenth National Independence Day (observed)"),
                CALENDAR.closureReason(LocalDate.of(2027, 6, 18)), "the 19th is a Saturday");
    }

    @ParameterizedTest(name = "New Year's Day on Saturday does not close Friday {0}")
    @CsvSource({"1993-12-31", "1999-12-31", "2004-12-31", "2010-12-31", "2021-12-31", "2027-12-31"})
    void newYearsDayOnASaturdayIsNotMovedIntoTheOldYear(LocalDate friday) {
        assertTrue(CALENDAR.isSession(friday));
        assertEquals(Optional.of("Saturday"), CALENDAR.closureReason(friday.plusDays(1)));
    }

    @ParameterizedTest(name = "New Year's Day on Sunday closes Monday {0}")
    @CsvSource({"1995-01-02", "2006-01-02", "2012-01-02", "2017-01-02", "2023-01-02"})
    void newYearsDayOnASundayClosesTheMonday(LocalDate monday) {
        assertEquals(Optional.of("New Year's Day (observed)"), CALENDAR.closureReason(monday));
    }

    @ParameterizedTest(name = "{0} closed for {1}, {2} open")
    @CsvSource(delimiter = '|', value = {
        // holiday on a Saturday: the Friday before closes
        "2020-07-03 | Independence Day (observed) | 2020-07-02",
        "2015-07-03 | Independence Day (observed) | 2015-07-02",
        "2021-12-24 | Christmas Day (observed)    | 2021-12-23",
        "2010-12-24 | Christmas Day (observed)    | 2010-12-23",
        // holiday on a Sunday: the Monday after closes
        "2021-07-05 | Independence Day (observed) | 2021-07-06",
        "2022-12-26 | Christmas Day (observed)    | 2022-12-27",
        "2016-12-26 | Christmas Day (observed)    | 2016-12-27",
    })
    void independenceDayAndChristmasMoveOffTheWeekend(LocalDate closed, String reason, LocalDate open) {
        assertEquals(Optional.of(reason), CALENDAR.closureReason(closed));
        assertTrue(CALENDAR.isSession(open));
    }

    @ParameterizedTest(name = "Good Friday {0}")
    @CsvSource({"1990-04-13", "1994-04-01", "2010-04-02", "2015-04-03", "2021-04-02", "2026-04-03", "2030-04-19"})
    void goodFridayIsClosed(LocalDate goodFriday) {
        assertEquals(Optional.of("Good Friday"), CALENDAR.closureReason(goodFriday));
    }

    @Test
    void everyYearHasOneGoodFridayAndTheMondayAndThursdayHolidays() {
        for (int year = 1990; year <= 2030; year++) {
            Map<LocalDate, String> closures = weekdayClosures(year);
            long goodFridays = closures.entrySet().stream()
                    .filter(closure -> closure.getValue().equals("Good Friday")
                            && closure.getKey().getDayOfWeek() == DayOfWeek.FRIDAY)
                    .count();
            assertEquals(1, goodFridays, "Good Friday in " + year);
            assertEquals("Washington's Birthday (Presidents' Day)",
                    closures.get(nthWeekday(year, Month.FEBRUARY, 3, DayOfWeek.MONDAY)), "in " + year);
            assertEquals("Memorial Day", closures.get(LocalDate.of(year, Month.MAY, 31)
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))), "in " + year);
            assertEquals("Labor Day", closures.get(nthWeekday(year, Month.SEPTEMBER, 1, DayOfWeek.MONDAY)),
                    "in " + year);
            assertEquals("Thanksgiving Day", closures.get(nthWeekday(year, Month.NOVEMBER, 4, DayOfWeek.THURSDAY)),
                    "in " + year);
        }
    }

    @Test
    void weekendsAreClosedAndSayWhichDay() {
        assertEquals(Optional.of("Saturday"), CALENDAR.closureReason(LocalDate.of(2026, 11, 28)));
        assertEquals(Optional.of("Sunday"), CALENDAR.closureReason(LocalDate.of(2026, 11, 29)));
        assertEquals(Optional.empty(), CALENDAR.closureReason(LocalDate.of(2026, 11, 30)));
    }

    @Test
    void sessionsAreWeekdaysOnly() {
        List<LocalDate> all = CALENDAR.sessions(NyseCalendar.FIRST_SUPPORTED, NyseCalendar.LAST_SUPPORTED);
        assertTrue(all.stream().allMatch(day -> day.getDayOfWeek().getValue() <= 5));
    }

    /** Counted by hand: weekdays of the year minus its weekday closures (see docs/CALENDAR.md). */
    @ParameterizedTest(name = "{0} has {1} sessions")
    @CsvSource({"1994, 252", "1997, 253", "2001, 248", "2012, 250", "2022, 251", "2023, 250", "2024, 252", "2025, 250"})
    void sessionsPerYear(int year, int sessions) {
        assertEquals(sessions, CALENDAR.sessions(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).size());
    }

    private static Map<LocalDate, String> weekdayClosures(int year) {
        Map<LocalDate, String> closures = new LinkedHashMap<>();
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() <= 5 && !CALENDAR.isSession(day)) {
                closures.put(day, CALENDAR.closureReason(day).orElseThrow());
            }
        }
        return closures;
    }

    private static LocalDate nthWeekday(int year, Month month, int nth, DayOfWeek dayOfWeek) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(nth, dayOfWeek));
    }
}
