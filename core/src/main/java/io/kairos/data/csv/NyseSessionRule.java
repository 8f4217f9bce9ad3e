package io.kairos.data.csv;

import io.kairos.calendar.NyseCalendar;
import java.time.LocalDate;
import java.util.Optional;

/** Price rows belong on NYSE sessions of the calendar's range; the reason names the closure. */
public final class NyseSessionRule implements SessionRule {

    private final NyseCalendar calendar;

    public NyseSessionRule(NyseCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public Optional<String> rejection(LocalDate date) {
        if (date.isBefore(NyseCalendar.FIRST_SUPPORTED) || date.isAfter(NyseCalendar.LAST_SUPPORTED)) {
            return Optional.of(date + " is outside the calendar's range " + NyseCalendar.FIRST_SUPPORTED + " to "
                    + NyseCalendar.LAST_SUPPORTED);
        }
        return calendar.closureReason(date).map(reason -> date + " is not an NYSE session (" + reason + ")");
    }
}
