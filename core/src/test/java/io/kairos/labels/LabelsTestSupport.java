package io.kairos.labels;

import io.kairos.calendar.NyseCalendar;
import io.kairos.config.KairosConfig;
import java.time.LocalDate;
import java.util.List;

/** The calendar, settings and dates the labels tests share. */
final class LabelsTestSupport {

    static final NyseCalendar CALENDAR = NyseCalendar.create();
    static final KairosConfig.Labels DEFAULTS = new KairosConfig.Labels(20, 2.0, 2.0, 20);

    private LabelsTestSupport() {
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    /** The NYSE sessions from {@code from} to {@code to}, both included. */
    static List<LocalDate> sessions(String from, String to) {
        return CALENDAR.sessions(day(from), day(to));
    }

    static KairosConfig.Labels horizon(int horizon) {
        return new KairosConfig.Labels(horizon, 2.0, 2.0, 20);
    }
}
