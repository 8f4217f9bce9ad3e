package io.kairos.ops.preflight;

import io.kairos.calendar.NyseCalendar;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Kairos's NYSE calendar covers today and the next session, with time to spare. */
final class CalendarCoverageCheck implements PreflightCheck {

    /** Fewer days than this left in the calendar is a warning: its holiday rules need extending soon. */
    static final long WARN_DAYS_LEFT = 180;

    @Override
    public String name() {
        return "market calendar covers today";
    }

    @Override
    public String rule() {
        return "The NYSE calendar knows sessions from " + NyseCalendar.FIRST_SUPPORTED + " to " + NyseCalendar.LAST_SUPPORTED
                + ". FAIL when today or the next session is outside it (no order can be timed): upgrade Kairos or extend the"
                + " holiday rules. WARN when fewer than " + WARN_DAYS_LEFT + " days are left. PASS says whether today is a"
                + " session and its close.";
    }

    @Override
    public Verdict run(PreflightSubject subject) {
        LocalDate today = subject.today();
        NyseCalendar calendar = subject.calendar();
        if (today.isBefore(NyseCalendar.FIRST_SUPPORTED) || today.isAfter(NyseCalendar.LAST_SUPPORTED)) {
            return Verdict.fail("today " + today + " is outside the NYSE calendar (" + NyseCalendar.FIRST_SUPPORTED + " to "
                    + NyseCalendar.LAST_SUPPORTED + "): upgrade Kairos for a calendar that covers it");
        }
        LocalDate next = calendar.nextSession(today);
        String day = calendar.isSession(today) ? "today " + today + " is a session closing at " + calendar.closeTime(today)
                : "today " + today + " is not a session (" + calendar.closureReason(today).orElse("closed") + ")";
        long left = ChronoUnit.DAYS.between(today, NyseCalendar.LAST_SUPPORTED);
        String covered = "; next session " + next + "; calendar covers to " + NyseCalendar.LAST_SUPPORTED;
        return left < WARN_DAYS_LEFT ? Verdict.warn(day + covered + ", " + left + " days away: upgrade Kairos before then")
                : Verdict.pass(day + covered);
    }
}
