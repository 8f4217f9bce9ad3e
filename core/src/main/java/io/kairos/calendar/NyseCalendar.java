package io.kairos.calendar;

import io.kairos.KairosException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The NYSE trading calendar from 1990 to 2030: which days are sessions, when each session closes, and
 * why a day is closed. {@link #create()} builds the whole table once from jollyday's NYSE holidays,
 * corrected where they are wrong, plus the exchange's early closes (docs/CALENDAR.md lists every rule);
 * every lookup afterwards is a binary search or a map lookup. Immutable and safe to share: construct it
 * once and pass it around.
 *
 * <p>Any date outside {@link #FIRST_SUPPORTED}..{@link #LAST_SUPPORTED}, or an answer that would fall
 * outside it, is a {@link CalendarRangeException}: the calendar never guesses.
 */
public final class NyseCalendar {

    public static final LocalDate FIRST_SUPPORTED = LocalDate.of(1990, 1, 1);
    public static final LocalDate LAST_SUPPORTED = LocalDate.of(2030, 12, 31);
    public static final ZoneId ZONE = ZoneId.of("America/New_York");
    public static final LocalTime REGULAR_OPEN = LocalTime.of(9, 30);
    public static final LocalTime REGULAR_CLOSE = LocalTime.of(16, 0);

    private final SessionDays sessions;
    /** Full-day closures by date (may also hold holidays that fell on a weekend and closed nothing). */
    private final Map<LocalDate, String> holidays;
    private final NavigableMap<LocalDate, EarlyClose> earlyCloses;

    private NyseCalendar(SessionDays sessions, Map<LocalDate, String> holidays, List<EarlyClose> earlyCloses) {
        this.sessions = sessions;
        this.holidays = holidays;
        this.earlyCloses = new TreeMap<>();
        earlyCloses.forEach(close -> this.earlyCloses.put(close.date(), close));
    }

    /** Builds the calendar for the whole supported range. */
    public static NyseCalendar create() {
        Map<LocalDate, String> holidays = NyseHolidayCorrections.apply(
                JollydayNyseHolidays.load(FIRST_SUPPORTED, LAST_SUPPORTED), FIRST_SUPPORTED.getYear());
        SessionDays sessions = SessionDays.weekdaysExcept(holidays.keySet(), FIRST_SUPPORTED, LAST_SUPPORTED);
        List<EarlyClose> earlyCloses = NyseEarlyCloses.among(sessions.between(FIRST_SUPPORTED, LAST_SUPPORTED));
        return new NyseCalendar(sessions, Map.copyOf(holidays), earlyCloses);
    }

    /** The date itself when the calendar covers it; otherwise a {@link CalendarRangeException}. */
    public static LocalDate requireSupported(LocalDate date) {
        if (date.isBefore(FIRST_SUPPORTED) || date.isAfter(LAST_SUPPORTED)) {
            throw CalendarRangeException.dateOutside(date);
        }
        return date;
    }

    public boolean isSession(LocalDate date) {
        return sessions.contains(requireSupported(date));
    }

    /** The sessions from from to to, both inclusive, ascending. */
    public List<LocalDate> sessions(LocalDate from, LocalDate to) {
        requireOrdered(from, to);
        return sessions.between(from, to);
    }

    /** The early closes from from to to, both inclusive, ascending. */
    public List<EarlyClose> earlyCloses(LocalDate from, LocalDate to) {
        requireOrdered(from, to);
        return List.copyOf(earlyCloses.subMap(from, true, to, true).values());
    }

    /** Why the exchange is closed on date ("Saturday", "Thanksgiving Day", ...); empty for a session. */
    public Optional<String> closureReason(LocalDate date) {
        if (isSession(date)) {
            return Optional.empty();
        }
        if (SessionDays.isWeekend(date)) {
            return Optional.of(date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        }
        return Optional.of(holidays.get(date));
    }

    /** When the session closes in New York: {@link #REGULAR_CLOSE} or the early close. */
    public LocalTime closeTime(LocalDate session) {
        if (!isSession(session)) {
            throw KairosException.usage(session + " is not a session (" + closureReason(session).orElseThrow()
                    + "), so it has no close time");
        }
        EarlyClose early = earlyCloses.get(session);
        return early == null ? REGULAR_CLOSE : early.close();
    }

    /** The first session strictly after date. */
    public LocalDate nextSession(LocalDate date) {
        return sessions.after(requireSupported(date))
                .orElseThrow(() -> CalendarRangeException.answerOutside("the session after " + date));
    }

    /** The last session strictly before date. */
    public LocalDate previousSession(LocalDate date) {
        return sessions.before(requireSupported(date))
                .orElseThrow(() -> CalendarRangeException.answerOutside("the session before " + date));
    }

    /** The latest session whose close (New York time, early closes honoured) is at or before now. */
    public LocalDate lastCompletedSession(Instant now) {
        ZonedDateTime newYork = now.atZone(ZONE);
        LocalDate today = newYork.toLocalDate();
        if (isSession(today) && !newYork.toLocalTime().isBefore(closeTime(today))) {
            return today;
        }
        return previousSession(today);
    }

    private static void requireOrdered(LocalDate from, LocalDate to) {
        requireSupported(from);
        requireSupported(to);
        if (from.isAfter(to)) {
            throw KairosException.usage("the date range " + from + " to " + to
                    + " is reversed; give the earlier date first");
        }
    }
}
