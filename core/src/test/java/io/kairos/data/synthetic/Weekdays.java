package io.kairos.data.synthetic;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Stand-in sessions for tests: every weekday of the {@code years} years ending on {@code last}. */
final class Weekdays {

    private Weekdays() {
    }

    static List<LocalDate> ending(LocalDate last, int years) {
        List<LocalDate> sessions = new ArrayList<>();
        for (LocalDate day = last.minusYears(years).plusDays(1); !day.isAfter(last); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                sessions.add(day);
            }
        }
        return sessions;
    }
}
