package io.kairos.labels;

import io.kairos.calendar.NyseCalendar;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * The NYSE sessions of the store's span, as epoch days, for finding the exit session of an entry:
 * the horizon counts sessions of the calendar, not rows of a ticker, so a gap in a ticker's data
 * never stretches its horizon.
 */
final class ExitSessions {

    /** The exit of an entry whose horizon reaches past the store's last session; later than any date. */
    static final int BEYOND_DATA = Integer.MAX_VALUE;

    private final int[] sessions;
    private final int horizon;

    ExitSessions(NyseCalendar calendar, LocalDate first, LocalDate last, int horizon) {
        this.sessions = calendar.sessions(first, last).stream().mapToInt(day -> (int) day.toEpochDay()).toArray();
        this.horizon = horizon;
    }

    /** The epoch day of the {@code horizon}-th session after {@code entryDay}, or {@link #BEYOND_DATA}. */
    int exitDay(int entryDay) {
        int found = Arrays.binarySearch(sessions, entryDay);
        int sessionsUpToEntry = found >= 0 ? found + 1 : -found - 1;
        int exit = sessionsUpToEntry + horizon - 1;
        return exit < sessions.length ? sessions[exit] : BEYOND_DATA;
    }
}
