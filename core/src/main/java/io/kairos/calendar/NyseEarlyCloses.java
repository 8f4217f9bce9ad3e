package io.kairos.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The NYSE's early closes from 1990 on: the scheduled ones by rule, and the ones the exchange decided
 * one at a time. jollyday has none of them. The rules are only ever asked about sessions, so a rule
 * never turns a holiday or a weekend into an early close. Facts and sources: docs/CALENDAR.md.
 */
final class NyseEarlyCloses {

    private static final LocalTime ONE_PM = LocalTime.of(13, 0);
    private static final LocalTime TWO_PM = LocalTime.of(14, 0);
    private static final int OPEN_ENDED = NyseCalendar.LAST_SUPPORTED.getYear();

    private static final MonthDay DECEMBER_24 = MonthDay.of(Month.DECEMBER, 24);
    private static final MonthDay JULY_3 = MonthDay.of(Month.JULY, 3);
    private static final MonthDay JULY_5 = MonthDay.of(Month.JULY, 5);

    /** A scheduled early close: every session from firstYear to lastYear (inclusive) that the day test accepts. */
    private record Rule(String reason, LocalTime close, int firstYear, int lastYear, Predicate<LocalDate> day) {

        boolean appliesTo(LocalDate session) {
            int year = session.getYear();
            return year >= firstYear && year <= lastYear && day.test(session);
        }
    }

    private static final List<Rule> SCHEDULED = List.of(
            // Before 1993 the scheduled early close was at 14:00; the 1990 and 1991 days after
            // Thanksgiving were full days.
            new Rule("Christmas Eve", TWO_PM, 1990, 1992, onDate(DECEMBER_24)),
            new Rule("Day after Thanksgiving", TWO_PM, 1992, 1992, NyseEarlyCloses::isDayAfterThanksgiving),
            new Rule("Day after Thanksgiving", ONE_PM, 1993, OPEN_ENDED, NyseEarlyCloses::isDayAfterThanksgiving),
            // A Friday December 24 is the observed Christmas holiday, so this is Monday to Thursday;
            // 1993-1995 had no such session and 1996 is the first case.
            new Rule("Christmas Eve", ONE_PM, 1993, OPEN_ENDED, onDate(DECEMBER_24)),
            // A Friday July 3 is the observed Independence Day. Until 2012 a Wednesday July 3 was a
            // full day (the Friday after was short instead, see below).
            new Rule("Day before Independence Day", ONE_PM, 1995, 2012,
                    onDate(JULY_3).and(day -> day.getDayOfWeek() != DayOfWeek.WEDNESDAY)),
            new Rule("Day before Independence Day", ONE_PM, 2013, OPEN_ENDED, onDate(JULY_3)),
            new Rule("Day after Independence Day", ONE_PM, 1996, 2012,
                    onDate(JULY_5).and(day -> day.getDayOfWeek() == DayOfWeek.FRIDAY)));

    /** Early closes decided one at a time rather than by a rule. */
    private static final Map<LocalDate, EarlyClose> ONE_OFF = Stream.of(
                    new EarlyClose(LocalDate.of(1994, 2, 11), LocalTime.of(14, 30), "Snowstorm"),
                    new EarlyClose(LocalDate.of(1996, 1, 8), LocalTime.of(14, 0),
                            "Blizzard (the exchange also opened late)"),
                    new EarlyClose(LocalDate.of(1997, 10, 27), LocalTime.of(15, 30),
                            "Circuit-breaker halt after a market-wide decline; trading did not resume"),
                    new EarlyClose(LocalDate.of(1997, 12, 26), ONE_PM, "Day after Christmas"),
                    new EarlyClose(LocalDate.of(2003, 12, 26), ONE_PM, "Day after Christmas"),
                    new EarlyClose(LocalDate.of(2005, 6, 1), LocalTime.of(15, 56), "Systems problem"))
            .collect(Collectors.toUnmodifiableMap(EarlyClose::date, Function.identity()));

    private NyseEarlyCloses() {
    }

    /** The early closes among the given sessions, in their order. */
    static List<EarlyClose> among(List<LocalDate> sessions) {
        return sessions.stream().map(NyseEarlyCloses::on).flatMap(Optional::stream).toList();
    }

    private static Optional<EarlyClose> on(LocalDate session) {
        EarlyClose oneOff = ONE_OFF.get(session);
        if (oneOff != null) {
            return Optional.of(oneOff);
        }
        return SCHEDULED.stream()
                .filter(rule -> rule.appliesTo(session))
                .findFirst()
                .map(rule -> new EarlyClose(session, rule.close(), rule.reason()));
    }

    private static Predicate<LocalDate> onDate(MonthDay monthDay) {
        return day -> monthDay.equals(MonthDay.from(day));
    }

    private static boolean isDayAfterThanksgiving(LocalDate day) {
        LocalDate thanksgiving = LocalDate.of(day.getYear(), Month.NOVEMBER, 1)
                .with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
        return day.equals(thanksgiving.plusDays(1));
    }
}
