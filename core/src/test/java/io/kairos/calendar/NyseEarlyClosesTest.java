package io.kairos.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Early closes: the 14:00 era before 1993, the 13:00 rules after, and the one-off closes. */
class NyseEarlyClosesTest {

    private static final NyseCalendar CALENDAR = NyseCalendar.create();
    private static final LocalTime ONE_PM = LocalTime.of(13, 0);
    private static final LocalTime TWO_PM = LocalTime.of(14, 0);

    @Test
    void everyEarlyCloseOfThe1990sInOrder() {
        List<EarlyClose> expected = List.of(
                new EarlyClose(LocalDate.of(1990, 12, 24), TWO_PM, "Christmas Eve"),
                new EarlyClose(LocalDate.of(1991, 12, 24), TWO_PM, "Christmas Eve"),
                new EarlyClose(LocalDate.of(1992, 11, 27), TWO_PM, "Day after Thanksgiving"),
                new EarlyClose(LocalDate.of(1992, 12, 24), TWO_PM, "Christmas Eve"),
                new EarlyClose(LocalDate.of(1993, 11, 26), ONE_PM, "Day after Thanksgiving"),
                new EarlyClose(LocalDate.of(1994, 2, 11), LocalTime.of(14, 30), "Snowstorm"),
                new EarlyClose(LocalDate.of(1994, 11, 25), ONE_PM, "Day after Thanksgiving"),
                new EarlyClose(LocalDate.of(1995, 7, 3), ONE_PM, "Day before Independence Day"),
                new EarlyClose(LocalDate.of(1995, 11, 24), ONE_PM, "Day after Thanksgiving"),
                new EarlyClose(LocalDate.of(1996, 1, 8), TWO_PM, "Blizzard (the exchange also opened late)"),
                new EarlyClose(LocalDate.of(1996, 7, 5), ONE_PM, "Day after Independence Day"),
                new EarlyClose(LocalDate.of(1996, 11, 29), ONE_PM, "Day after Thanksgiving"),
                new EarlyClose(LocalDate.of(1996, 12, 24), ONE_PM, "Christmas Eve"),
                new EarlyClose(LocalDate.of(1997, 7, 3), ONE_PM, "Day before Independence Day"),
                new EarlyClose(LocalDate.of(1997, 10, 27), LocalTime.of(15, 30),
                        "Circuit-breaker halt after a market-wide decline; trading did not resume"),
                new EarlyClose(LocalDate.of(1997, 11, 28), ONE_PM, "Day after Thanksgiving"),
                new EarlyClose(LocalDate.of(1997, 12, 24), ONE_PM, "Christmas Eve"),
                new EarlyClose(LocalDate.of(1997, 12, 26), ONE_PM, "Day after Christmas"),
                new EarlyClose(LocalDate.of(1998, 11, 27), ONE_PM, "Day after Thanksgiving"),
                new EarlyClose(LocalDate.of(1998, 12, 24), ONE_PM, "Christmas Eve"),
                new EarlyClose(LocalDate.of(1999, 11, 26), ONE_PM, "Day after Thanksgiving"));

        assertEquals(expected, CALENDAR.earlyCloses(LocalDate.of(1990, 1, 1), LocalDate.of(1999, 12, 31)));
    }

    @ParameterizedTest(name = "{0} closes at {1}")
    @CsvSource({
        "2002-07-05, 13:00", "2003-12-26, 13:00", "2005-06-01, 15:56",
        "2013-07-03, 13:00", "2019-07-03, 13:00", "2024-07-03, 13:00", "2030-07-03, 13:00",
        "2023-07-03, 13:00", "2025-07-03, 13:00",
        "2024-11-29, 13:00", "2024-12-24, 13:00", "2025-11-28, 13:00", "2025-12-24, 13:00",
        "2026-11-27, 13:00", "2026-12-24, 13:00",
    })
    void earlyCloseTimes(LocalDate session, LocalTime close) {
        assertEquals(close, CALENDAR.closeTime(session));
    }

    @ParameterizedTest(name = "{0} is a full day")
    @CsvSource({
        "1990-11-23", "1991-11-29",                             // day after Thanksgiving before 1992
        "1990-07-03", "1991-07-03",                             // a Tuesday and a Wednesday July 3 before 1995
        "1996-07-03", "2002-07-03",                             // Wednesday July 3 before 2013
        "2013-07-05", "2019-07-05", "2024-07-05",               // Friday July 5 after 2012
        "2008-12-26", "2014-12-26", "2025-12-26",               // Fridays after Christmas, except 1997 and 2003
        "1999-12-31",                                           // disputed: see docs/CALENDAR.md
    })
    void fullDays(LocalDate session) {
        assertTrue(CALENDAR.isSession(session));
        assertEquals(NyseCalendar.REGULAR_CLOSE, CALENDAR.closeTime(session));
    }

    @Test
    void earlyCloseRulesNeverLandOnAHolidayOrAWeekend() {
        // 2026-07-03 and 2015-07-03 are the observed Independence Day; 1993-12-24 and 2021-12-24 the
        // observed Christmas; 2022-12-24 is a Saturday.
        for (String day : List.of("2026-07-03", "2015-07-03", "1993-12-24", "2021-12-24", "2022-12-24")) {
            assertFalse(CALENDAR.isSession(LocalDate.parse(day)), day);
        }
        List<EarlyClose> all = CALENDAR.earlyCloses(NyseCalendar.FIRST_SUPPORTED, NyseCalendar.LAST_SUPPORTED);
        assertTrue(all.stream().allMatch(close -> CALENDAR.isSession(close.date())));
    }

    /**
     * 39 days after Thanksgiving (1992-2030), 24 Christmas Eves (3 before 1993, then 21 falling Monday
     * to Thursday), 20 July 3rds, 2 Friday July 5ths, 2 Fridays after Christmas and 4 unscheduled closes.
     */
    @Test
    void earlyClosesOverTheWholeRange() {
        assertEquals(91, CALENDAR.earlyCloses(NyseCalendar.FIRST_SUPPORTED, NyseCalendar.LAST_SUPPORTED).size());
    }
}
