package io.kairos.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The sessions as an ascending array of epoch days: membership and neighbours by binary search. */
final class SessionDays {

    private final int[] epochDays;

    private SessionDays(int[] epochDays) {
        this.epochDays = epochDays;
    }

    /** Every Monday-to-Friday from first to last (inclusive) that is not in closed. */
    static SessionDays weekdaysExcept(Set<LocalDate> closed, LocalDate first, LocalDate last) {
        int[] days = new int[(int) (last.toEpochDay() - first.toEpochDay() + 1)];
        int count = 0;
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (!isWeekend(day) && !closed.contains(day)) {
                days[count++] = (int) day.toEpochDay();
            }
        }
        return new SessionDays(Arrays.copyOf(days, count));
    }

    static boolean isWeekend(LocalDate day) {
        DayOfWeek dayOfWeek = day.getDayOfWeek();
        return dayOfWeek == DayOfWeek.SATURDAY || dayOfWeek == DayOfWeek.SUNDAY;
    }

    boolean contains(LocalDate day) {
        return Arrays.binarySearch(epochDays, (int) day.toEpochDay()) >= 0;
    }

    /** The first session strictly after day, if the table has one. */
    Optional<LocalDate> after(LocalDate day) {
        int index = indexOfFirstAfter(day);
        return index < epochDays.length ? Optional.of(dayAt(index)) : Optional.empty();
    }

    /** The last session strictly before day, if the table has one. */
    Optional<LocalDate> before(LocalDate day) {
        int index = indexOfFirstOnOrAfter(day) - 1;
        return index >= 0 ? Optional.of(dayAt(index)) : Optional.empty();
    }

    /** The sessions from from to to, both inclusive, ascending, unmodifiable. */
    List<LocalDate> between(LocalDate from, LocalDate to) {
        int start = indexOfFirstOnOrAfter(from);
        int end = indexOfFirstAfter(to);
        List<LocalDate> sessions = new ArrayList<>(Math.max(0, end - start));
        for (int index = start; index < end; index++) {
            sessions.add(dayAt(index));
        }
        return Collections.unmodifiableList(sessions);
    }

    private int indexOfFirstOnOrAfter(LocalDate day) {
        int found = Arrays.binarySearch(epochDays, (int) day.toEpochDay());
        return found >= 0 ? found : -found - 1;
    }

    private int indexOfFirstAfter(LocalDate day) {
        int found = Arrays.binarySearch(epochDays, (int) day.toEpochDay());
        return found >= 0 ? found + 1 : -found - 1;
    }

    private LocalDate dayAt(int index) {
        return LocalDate.ofEpochDay(epochDays[index]);
    }
}
