package io.kairos.data.audit;

import io.kairos.calendar.NyseCalendar;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

/**
 * The NYSE sessions over the span the audit looks at (the stored dates and the as-of date), in order, so that
 * a gap is a difference of positions and staleness a count. Dates outside the calendar's 1990-2030 range are
 * left out: the calendar does not know them.
 */
final class SessionIndex {

    private final List<LocalDate> sessions;

    private SessionIndex(List<LocalDate> sessions) {
        this.sessions = sessions;
    }

    static SessionIndex covering(NyseCalendar calendar, StoreSpan store, LocalDate asOf) {
        LocalDate from = store.isEmpty() || asOf.isBefore(store.firstDate()) ? asOf : store.firstDate();
        LocalDate to = store.isEmpty() || asOf.isAfter(store.lastDate()) ? asOf : store.lastDate();
        from = from.isBefore(NyseCalendar.FIRST_SUPPORTED) ? NyseCalendar.FIRST_SUPPORTED : from;
        to = to.isAfter(NyseCalendar.LAST_SUPPORTED) ? NyseCalendar.LAST_SUPPORTED : to;
        return new SessionIndex(from.isAfter(to) ? List.of() : calendar.sessions(from, to));
    }

    /** The sessions, ascending; position i in this list is session index i + 1 in the audit's SQL. */
    List<LocalDate> sessions() {
        return sessions;
    }

    /** How many sessions fall after {@code date} and on or before {@code upTo}. */
    long countAfter(LocalDate date, LocalDate upTo) {
        return Math.max(0, sessionsUpTo(upTo) - sessionsUpTo(date));
    }

    /** The number of sessions on or before date. */
    private int sessionsUpTo(LocalDate date) {
        int found = Collections.binarySearch(sessions, date);
        return found >= 0 ? found + 1 : -found - 1;
    }
}
