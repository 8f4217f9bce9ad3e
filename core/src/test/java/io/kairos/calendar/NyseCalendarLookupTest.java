package io.kairos.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.KairosException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Ranges, neighbours, close times, the last completed session, and the edges of the supported range. */
class NyseCalendarLookupTest {

    private static final NyseCalendar CALENDAR = NyseCalendar.create();

    @Test
    void sessionsAreInclusiveAndAscending() {
        assertEquals(List.of(LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 27),
                        LocalDate.of(2026, 11, 30)),
                CALENDAR.sessions(LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 30)));
        assertEquals(List.of(), CALENDAR.sessions(LocalDate.of(2026, 11, 26), LocalDate.of(2026, 11, 26)));
    }

    @Test
    void nextAndPreviousSessionSkipClosures() {
        assertEquals(LocalDate.of(2026, 11, 27), CALENDAR.nextSession(LocalDate.of(2026, 11, 25)));
        assertEquals(LocalDate.of(2026, 11, 25), CALENDAR.previousSession(LocalDate.of(2026, 11, 27)));
        assertEquals(LocalDate.of(2001, 9, 17), CALENDAR.nextSession(LocalDate.of(2001, 9, 10)));
        assertEquals(LocalDate.of(2001, 9, 10), CALENDAR.previousSession(LocalDate.of(2001, 9, 17)));
        assertEquals(LocalDate.of(1990, 1, 2), CALENDAR.nextSession(LocalDate.of(1990, 1, 1)));
        assertEquals(LocalDate.of(2030, 12, 30), CALENDAR.previousSession(LocalDate.of(2030, 12, 31)));
    }

    @Test
    void closeTimeOfANonSessionIsRefused() {
        KairosException error = assertThrows(KairosException.class,
                () -> CALENDAR.closeTime(LocalDate.of(2026, 11, 26)));
        assertTrue(error.getMessage().contains("2026-11-26 is not a session (Thanksgiving Day)"), error.getMessage());
    }

    @Test
    void lastCompletedSessionAroundAOnePmEarlyClose() {
        // 2026-11-27, the day after Thanksgiving, closes at 13:00 New York time (18:00 UTC in November).
        assertEquals(LocalDate.of(2026, 11, 25), CALENDAR.lastCompletedSession(Instant.parse("2026-11-27T17:59:59Z")));
        assertEquals(LocalDate.of(2026, 11, 27), CALENDAR.lastCompletedSession(Instant.parse("2026-11-27T18:00:00Z")));
        assertEquals(LocalDate.of(2026, 11, 27), CALENDAR.lastCompletedSession(newYork("2026-11-27T15:00")));
    }

    @Test
    void lastCompletedSessionAroundARegularClose() {
        // 2026-07-02 closes at 16:00 New York time, 20:00 UTC in summer.
        assertEquals(LocalDate.of(2026, 7, 1), CALENDAR.lastCompletedSession(Instant.parse("2026-07-02T19:59:59Z")));
        assertEquals(LocalDate.of(2026, 7, 2), CALENDAR.lastCompletedSession(Instant.parse("2026-07-02T20:00:00Z")));
        // 03:00 UTC on the 3rd is still 23:00 on the 2nd in New York.
        assertEquals(LocalDate.of(2026, 7, 2), CALENDAR.lastCompletedSession(Instant.parse("2026-07-03T03:00:00Z")));
    }

    @Test
    void lastCompletedSessionBeforeTheOpenAndOnAWeekend() {
        assertEquals(LocalDate.of(2026, 11, 27), CALENDAR.lastCompletedSession(newYork("2026-11-30T09:00")));
        assertEquals(LocalDate.of(2026, 11, 27), CALENDAR.lastCompletedSession(newYork("2026-11-28T12:00")));
        assertEquals(LocalDate.of(2026, 11, 27), CALENDAR.lastCompletedSession(newYork("2026-11-29T23:59")));
    }

    @Test
    void datesOutsideTheRangeAreRefusedNamingTheRange() {
        assertOutsideRange(() -> CALENDAR.isSession(LocalDate.of(1989, 12, 29)), "1989-12-29");
        assertOutsideRange(() -> CALENDAR.isSession(LocalDate.of(2031, 1, 2)), "2031-01-02");
        assertOutsideRange(() -> CALENDAR.sessions(LocalDate.of(2030, 12, 1), LocalDate.of(2031, 1, 2)), "2031-01-02");
        assertOutsideRange(() -> CALENDAR.closureReason(LocalDate.of(2031, 1, 1)), "2031-01-01");
        assertOutsideRange(() -> CALENDAR.nextSession(LocalDate.of(2030, 12, 31)), "the session after 2030-12-31");
        assertOutsideRange(() -> CALENDAR.previousSession(LocalDate.of(1990, 1, 2)), "the session before 1990-01-02");
        assertOutsideRange(() -> CALENDAR.lastCompletedSession(Instant.parse("2031-01-02T22:00:00Z")), "2031-01-02");
    }

    @Test
    void aReversedRangeIsAUsageError() {
        KairosException error = assertThrows(KairosException.class,
                () -> CALENDAR.sessions(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 1)));
        assertEquals(KairosException.Kind.USAGE, error.kind());
    }

    static void assertOutsideRange(Executable call, String subject) {
        CalendarRangeException error = assertThrows(CalendarRangeException.class, call);
        assertEquals(KairosException.Kind.USAGE, error.kind());
        assertTrue(error.getMessage().startsWith(subject), error.getMessage());
        assertTrue(error.getMessage().contains("1990-01-01 to 2030-12-31"), error.getMessage());
    }

    private static Instant newYork(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(NyseCalendar.ZONE).toInstant();
    }
}
