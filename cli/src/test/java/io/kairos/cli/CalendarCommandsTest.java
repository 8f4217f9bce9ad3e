package io.kairos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalendarCommandsTest {

    @TempDir
    Path home;

    @Test
    void sessionsPrintsOneIsoDatePerLine() {
        CliRun.Result result = new CliRun(home).run("calendar", "sessions", "--from", "2012-10-25", "--to", "2012-11-02");
        assertEquals(0, result.exitCode(), result::toString);
        // Hurricane Sandy closed the exchange on Monday 29 and Tuesday 30 October 2012
        assertEquals("2012-10-25\n2012-10-26\n2012-10-31\n2012-11-01\n2012-11-02\n", result.out());
    }

    @Test
    void earlyClosesPrintDateAndCloseTime() {
        CliRun.Result result = new CliRun(home).run("calendar", "early-closes", "--from", "1992-01-01", "--to", "1994-03-01");
        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("1992-11-27,14:00\n1992-12-24,14:00\n1993-11-26,13:00\n1994-02-11,14:30\n", result.out());
    }

    @Test
    void datesOutsideTheCalendarAreAUsageErrorThatSaysTheRange() {
        CliRun.Result result = new CliRun(home).run("calendar", "sessions", "--from", "1989-12-01", "--to", "1990-01-05");
        assertEquals(2, result.exitCode());
        assertEquals("kairos: 1989-12-01 is outside the supported NYSE calendar range 1990-01-01 to 2030-12-31; use a date"
                + " inside it, or extend the calendar (see docs/CALENDAR.md)\n", result.err());
    }

    @Test
    void malformedDateIsAUsageError() {
        CliRun.Result result = new CliRun(home).run("calendar", "sessions", "--from", "2024-13-01", "--to", "2024-12-31");
        assertEquals(2, result.exitCode());
        assertEquals("Invalid value for option '--from': '2024-13-01' is not a date: expected YYYY-MM-DD, e.g. 2026-11-20", result.err().lines().findFirst().orElseThrow());
    }

    @Test
    void checkExitsZeroOnARebalanceDayAndThreeOtherwiseSayingWhy() {
        CliRun.Result rebalance = new CliRun(home).run("check-rebalance", "check", "--date", "2026-11-30");
        assertEquals(0, rebalance.exitCode(), rebalance::toString);
        assertEquals("2026-11-30 is the last session of November 2026 (monthly schedule)\n", rebalance.out());

        CliRun.Result holiday = new CliRun(home).run("check-rebalance", "check", "--date", "2026-11-26");
        assertEquals(3, holiday.exitCode());
        assertEquals("2026-11-26 is not a session (Thanksgiving Day)\nnext rebalance: 2026-11-30\n", holiday.out());

        CliRun.Result weekly = new CliRun(home).run("check-rebalance", "check", "--date", "2026-04-02", "--frequency", "weekly");
        assertEquals(0, weekly.exitCode(), weekly::toString);
    }

    @Test
    void checkWithoutADateUsesTodayInNewYork() {
        // 2026-12-01 03:00 UTC is still Monday 30 November in New York
        Clock lateEvening = Clock.fixed(Instant.parse("2026-12-01T03:00:00Z"), ZoneOffset.UTC);
        CliRun.Result result = new CliRun(home).clock(lateEvening).run("check-rebalance", "check");
        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("2026-11-30 is the last session of November 2026 (monthly schedule)\n", result.out());
    }

    @Test
    void nextListsTheComingRebalanceDates() {
        CliRun.Result monthly = new CliRun(home).run("check-rebalance", "next", "--count", "3", "--from", "2026-11-21");
        assertEquals("2026-11-30\n2026-12-31\n2027-01-29\n", monthly.out());
        CliRun.Result weekly = new CliRun(home).env("KAIROS_REBALANCE_FREQUENCY", "weekly")
                .run("check-rebalance", "next", "--count", "2", "--from", "2026-03-30");
        assertEquals("2026-04-02\n2026-04-10\n", weekly.out(), "Good Friday 2026-04-03 moves the week's rebalance to Thursday");
        CliRun.Result defaultFrom = new CliRun(home).run("check-rebalance", "next", "--count", "1");
        assertEquals("2026-11-30\n", defaultFrom.out());
    }

    @Test
    void lastGivesTheLatestRebalanceDateOnOrBeforeTheDay() {
        assertEquals("2026-10-30\n", new CliRun(home).run("check-rebalance", "last").out(),
                "the last completed session is 2026-11-20; November rebalances on the 30th");
        assertEquals("2026-11-30\n", new CliRun(home).run("check-rebalance", "last", "--from", "2026-11-30").out());
        assertEquals("2026-10-30\n", new CliRun(home).run("check-rebalance", "last", "--from", "2026-11-29").out());
        CliRun.Result weekly = new CliRun(home).env("KAIROS_REBALANCE_FREQUENCY", "weekly")
                .run("check-rebalance", "last", "--from", "2026-04-03");
        assertEquals("2026-04-02\n", weekly.out(), "Good Friday: the week's last session was the Thursday");
        assertEquals("2026-03-27\n", new CliRun(home).run("check-rebalance", "last", "--from", "2026-04-01", "--frequency",
                "weekly").out());
    }
}
