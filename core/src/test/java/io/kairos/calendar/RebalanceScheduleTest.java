package io.kairos.calendar;

import static io.kairos.calendar.NyseCalendarLookupTest.assertOutsideRange;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.KairosException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Monthly and weekly rebalance days, the decisions' reasons, and running past the calendar's range. */
class RebalanceScheduleTest {

    private static final NyseCalendar CALENDAR = NyseCalendar.create();
    private static final RebalanceSchedule MONTHLY = new RebalanceSchedule(CALENDAR, RebalanceFrequency.MONTHLY);
    private static final RebalanceSchedule WEEKLY = new RebalanceSchedule(CALENDAR, RebalanceFrequency.WEEKLY);

    @Test
    void monthlyRebalancesOnTheLastSessionOfTheMonth() {
        assertEquals(new RebalanceDecision(LocalDate.of(2026, 11, 30), true,
                        "2026-11-30 is the last session of November 2026 (monthly schedule)",
                        LocalDate.of(2026, 12, 31)),
                MONTHLY.check(LocalDate.of(2026, 11, 30)));
    }

    @Test
    void monthlyDoesNotRebalanceEarlierInTheMonth() {
        assertEquals(new RebalanceDecision(LocalDate.of(2026, 11, 20), false,
                        "2026-11-20 is a session but not the last session of November 2026 (monthly schedule)",
                        LocalDate.of(2026, 11, 30)),
                MONTHLY.check(LocalDate.of(2026, 11, 20)));
    }

    @Test
    void aClosedDayIsNotARebalanceDay() {
        assertEquals(new RebalanceDecision(LocalDate.of(2026, 11, 26), false,
                        "2026-11-26 is not a session (Thanksgiving Day)", LocalDate.of(2026, 11, 30)),
                MONTHLY.check(LocalDate.of(2026, 11, 26)));
    }

    @Test
    void nextMonthlyDates() {
        // 2027-01-31 is a Sunday, so January rebalances on Friday the 29th.
        assertEquals(List.of(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 29)),
                MONTHLY.next(LocalDate.of(2026, 11, 21), 3));
        assertEquals(List.of(LocalDate.of(2026, 11, 30)), MONTHLY.next(LocalDate.of(2026, 11, 30), 1));
        assertEquals(List.of(), MONTHLY.next(LocalDate.of(2026, 11, 30), 0));
    }

    @Test
    void aMonthEndingOnAHolidayRebalancesTheSessionBefore() {
        // 2021-12-31 was a session (New Year's Day 2022 fell on a Saturday); 2022-12-30 is the Friday
        // before a Saturday 31st; March 2024 ended on Easter weekend with Good Friday on the 29th.
        assertEquals(List.of(LocalDate.of(2021, 12, 31)), MONTHLY.next(LocalDate.of(2021, 12, 1), 1));
        assertEquals(List.of(LocalDate.of(2022, 12, 30)), MONTHLY.next(LocalDate.of(2022, 12, 1), 1));
        assertEquals(List.of(LocalDate.of(2024, 3, 28)), MONTHLY.next(LocalDate.of(2024, 3, 1), 1));
    }

    @Test
    void weeklyRebalancesOnThursdayWhenGoodFridayIsClosed() {
        RebalanceDecision thursday = WEEKLY.check(LocalDate.of(2026, 4, 2));
        assertTrue(thursday.rebalance());
        assertEquals("2026-04-02 is the last session of the week of 2026-03-30 to 2026-04-05 (weekly schedule)",
                thursday.reason());
        assertEquals(LocalDate.of(2026, 4, 10), thursday.nextRebalance());

        assertEquals("2026-04-03 is not a session (Good Friday)", WEEKLY.check(LocalDate.of(2026, 4, 3)).reason());
        assertEquals("2026-03-31 is a session but not the last session of the week of 2026-03-30 to 2026-04-05"
                + " (weekly schedule)", WEEKLY.check(LocalDate.of(2026, 3, 31)).reason());
    }

    @Test
    void nextWeeklyDates() {
        assertEquals(List.of(LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 10), LocalDate.of(2026, 4, 17)),
                WEEKLY.next(LocalDate.of(2026, 3, 30), 3));
        // From a Saturday the week's rebalance is already past.
        assertEquals(List.of(LocalDate.of(2026, 4, 10)), WEEKLY.next(LocalDate.of(2026, 4, 4), 1));
    }

    @Test
    void everyWeekAndMonthOfTheRangeHasExactlyOneRebalanceDay() {
        // 1990-01-01 and 2030-12-30 are Mondays 2,139 weeks apart; the week of 2030-12-30 runs into 2031,
        // so the 2,139 weeks before it are the ones the calendar can schedule.
        List<LocalDate> weekly = WEEKLY.next(NyseCalendar.FIRST_SUPPORTED, 2139);
        for (int week = 0; week < weekly.size(); week++) {
            LocalDate monday = NyseCalendar.FIRST_SUPPORTED.plusWeeks(week);
            assertEquals(monday, weekly.get(week).with(DayOfWeek.MONDAY), "week " + week);
        }
        assertEquals(LocalDate.of(2030, 12, 27), weekly.get(weekly.size() - 1));

        List<LocalDate> monthly = MONTHLY.next(NyseCalendar.FIRST_SUPPORTED, 41 * 12);
        for (int month = 0; month < monthly.size(); month++) {
            assertEquals(YearMonth.of(1990, 1).plusMonths(month), YearMonth.from(monthly.get(month)));
        }
        assertEquals(LocalDate.of(1990, 1, 31), monthly.get(0));
        assertEquals(LocalDate.of(2030, 12, 31), monthly.get(monthly.size() - 1));
    }

    @Test
    void runningPastTheRangeIsRefused() {
        assertOutsideRange(() -> MONTHLY.next(LocalDate.of(2030, 11, 1), 3),
                "the monthly rebalance day of January 2031");
        assertOutsideRange(() -> WEEKLY.next(LocalDate.of(2030, 12, 23), 2),
                "the weekly rebalance day of the week of 2030-12-30 to 2031-01-05");
        assertOutsideRange(() -> MONTHLY.check(LocalDate.of(2030, 12, 31)),
                "the monthly rebalance day of January 2031");
        assertOutsideRange(() -> MONTHLY.next(LocalDate.of(2031, 1, 2), 1), "2031-01-02");
        assertOutsideRange(() -> MONTHLY.check(LocalDate.of(1989, 12, 29)), "1989-12-29");
    }

    @Test
    void frequencyParsesTheOperatorsWord() {
        assertEquals(RebalanceFrequency.MONTHLY, RebalanceFrequency.parse("monthly"));
        assertEquals(RebalanceFrequency.WEEKLY, RebalanceFrequency.parse(" Weekly "));
        KairosException error = assertThrows(KairosException.class, () -> RebalanceFrequency.parse("daily"));
        assertEquals(KairosException.Kind.USAGE, error.kind());
        assertEquals("unknown rebalance frequency 'daily'; use monthly or weekly", error.getMessage());
    }

    @Test
    void aNegativeCountIsAUsageError() {
        KairosException error = assertThrows(KairosException.class, () -> MONTHLY.next(LocalDate.of(2026, 1, 1), -1));
        assertEquals(KairosException.Kind.USAGE, error.kind());
    }
}
