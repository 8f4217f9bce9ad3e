package io.kairos.calendar;

import io.kairos.KairosException;
import java.time.LocalDate;

/**
 * A date, or an answer, outside the years the NYSE calendar covers ({@link NyseCalendar#FIRST_SUPPORTED}
 * to {@link NyseCalendar#LAST_SUPPORTED}). The calendar refuses rather than guess: holidays and early
 * closes beyond the table are not known.
 */
public final class CalendarRangeException extends KairosException {

    private static final String RANGE = "the supported NYSE calendar range "
            + NyseCalendar.FIRST_SUPPORTED + " to " + NyseCalendar.LAST_SUPPORTED;
    private static final String ADVICE = "; use a date inside it, or extend the calendar (see docs/CALENDAR.md)";

    private CalendarRangeException(String message) {
        super(Kind.USAGE, message);
    }

    /** The caller asked about a date outside the range. */
    static CalendarRangeException dateOutside(LocalDate date) {
        return new CalendarRangeException(date + " is outside " + RANGE + ADVICE);
    }

    /** The caller's date is inside the range, but the answer (for example "the next session") is not. */
    static CalendarRangeException answerOutside(String answer) {
        return new CalendarRangeException(answer + " falls outside " + RANGE + ADVICE);
    }
}
