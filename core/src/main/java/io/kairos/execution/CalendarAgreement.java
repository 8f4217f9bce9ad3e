package io.kairos.execution;

import io.kairos.KairosException;
import io.kairos.calendar.NyseCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Before any order: the broker's calendar and clock must agree with Kairos's NYSE calendar about the
 * trading days around today (sessions and their open and close) and about whether the market is open
 * now. A disagreement stops the run: one of the two calendars is wrong, and orders timed by the wrong
 * one could miss the open or land on a holiday.
 */
public final class CalendarAgreement {

    private static final int DAYS_AROUND = 7;
    private static final Duration MAX_CLOCK_DIFFERENCE = Duration.ofMinutes(5);

    private CalendarAgreement() {
    }

    public static void require(Broker broker, NyseCalendar calendar, Instant now) {
        LocalDate today = now.atZone(NyseCalendar.ZONE).toLocalDate();
        LocalDate from = today.minusDays(DAYS_AROUND);
        LocalDate to = today.plusDays(DAYS_AROUND);
        Map<LocalDate, String> theirs = new TreeMap<>();
        for (BrokerSession session : broker.calendar(from, to)) {
            theirs.put(session.date(), session.open() + "-" + session.close());
        }
        Map<LocalDate, String> ours = new TreeMap<>();
        for (LocalDate session : calendar.sessions(from, to)) {
            ours.put(session, NyseCalendar.REGULAR_OPEN + "-" + calendar.closeTime(session));
        }
        if (!theirs.equals(ours)) {
            throw new KairosException(KairosException.Kind.REFUSED, "The " + broker.name() + " calendar and Kairos's NYSE calendar"
                    + " disagree between " + from + " and " + to + ": broker " + theirs + ", Kairos " + ours
                    + ". No order was sent; find out which is wrong before trading.");
        }
        MarketClock clock = broker.clock();
        if (Duration.between(clock.timestamp(), now).abs().compareTo(MAX_CLOCK_DIFFERENCE) > 0) {
            throw new KairosException(KairosException.Kind.REFUSED, "The " + broker.name() + " clock reads " + clock.timestamp()
                    + " and this machine's " + now + ": more than " + MAX_CLOCK_DIFFERENCE.toMinutes() + " minutes apart. No order"
                    + " was sent; fix the machine's clock.");
        }
        // judged at the broker's own time, so that a run at 09:29:59.9 does not disagree with itself
        boolean openForUs = isOpen(calendar, clock.timestamp());
        if (clock.open() != openForUs) {
            throw new KairosException(KairosException.Kind.REFUSED, "The " + broker.name() + " clock says the market is "
                    + (clock.open() ? "open" : "closed") + " at " + clock.timestamp() + "; Kairos's calendar says "
                    + (openForUs ? "open" : "closed") + ". No order was sent; find out which calendar is wrong.");
        }
    }

    static boolean isOpen(NyseCalendar calendar, Instant now) {
        ZonedDateTime newYork = now.atZone(NyseCalendar.ZONE);
        LocalDate day = newYork.toLocalDate();
        if (!calendar.isSession(day)) {
            return false;
        }
        LocalTime time = newYork.toLocalTime();
        return !time.isBefore(NyseCalendar.REGULAR_OPEN) && time.isBefore(calendar.closeTime(day));
    }

    /** The sessions of Kairos's calendar in the broker's shape, for the simulated broker and for tests. */
    public static List<BrokerSession> sessions(NyseCalendar calendar, LocalDate from, LocalDate to) {
        return calendar.sessions(from, to).stream()
                .map(day -> new BrokerSession(day, NyseCalendar.REGULAR_OPEN, calendar.closeTime(day))).toList();
    }
}
