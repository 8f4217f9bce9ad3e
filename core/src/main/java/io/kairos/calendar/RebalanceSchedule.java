package io.kairos.calendar;

import io.kairos.KairosException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The rebalance days of a frequency: the last NYSE session of each calendar month (MONTHLY) or of each
 * Monday-to-Sunday week (WEEKLY). A week whose Friday is a holiday rebalances on its Thursday.
 */
public final class RebalanceSchedule {

    private final NyseCalendar calendar;
    private final RebalanceFrequency frequency;

    public RebalanceSchedule(NyseCalendar calendar, RebalanceFrequency frequency) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.frequency = Objects.requireNonNull(frequency, "frequency");
    }

    /** Whether day is a rebalance day, and why. */
    public RebalanceDecision check(LocalDate day) {
        if (!calendar.isSession(day)) {
            String closure = calendar.closureReason(day).orElseThrow();
            return new RebalanceDecision(day, false, day + " is not a session (" + closure + ")",
                    firstRebalanceOnOrAfter(day));
        }
        LocalDate rebalanceDay = lastSessionOfPeriod(day);
        String period = frequency.describePeriod(day);
        String schedule = " (" + frequency.label() + " schedule)";
        if (day.equals(rebalanceDay)) {
            return new RebalanceDecision(day, true, day + " is the last session of " + period + schedule,
                    firstRebalanceOnOrAfter(day.plusDays(1)));
        }
        return new RebalanceDecision(day, false, day + " is a session but not the last session of " + period
                + schedule, rebalanceDay);
    }

    /** The latest rebalance day on or before {@code day}. */
    public LocalDate last(LocalDate day) {
        NyseCalendar.requireSupported(day);
        LocalDate rebalanceDay = lastSessionOfPeriod(day);
        return rebalanceDay.isAfter(day) ? lastSessionOfPeriod(frequency.periodStart(day).minusDays(1)) : rebalanceDay;
    }

    /** The rebalance days from {@code first} to {@code last}, both included, ascending. */
    public List<LocalDate> between(LocalDate first, LocalDate last) {
        List<LocalDate> dates = new ArrayList<>();
        LocalDate day = first;
        while (!day.isAfter(last)) {
            LocalDate rebalance = next(day, 1).get(0);
            if (rebalance.isAfter(last)) {
                break;
            }
            dates.add(rebalance);
            day = rebalance.plusDays(1);
        }
        return List.copyOf(dates);
    }

    /** The next count rebalance dates on or after from, ascending. */
    public List<LocalDate> next(LocalDate from, int count) {
        NyseCalendar.requireSupported(from);
        if (count < 0) {
            throw KairosException.usage("cannot list " + count + " rebalance dates; ask for zero or more");
        }
        return rebalanceDaysOnOrAfter(from, count);
    }

    private LocalDate firstRebalanceOnOrAfter(LocalDate day) {
        return rebalanceDaysOnOrAfter(day, 1).get(0);
    }

    /** Period by period from the one containing from; past the range, lastSessionOfPeriod refuses. */
    private List<LocalDate> rebalanceDaysOnOrAfter(LocalDate from, int count) {
        List<LocalDate> dates = new ArrayList<>(count);
        LocalDate periodDay = from;
        while (dates.size() < count) {
            LocalDate rebalanceDay = lastSessionOfPeriod(periodDay);
            // The first period's rebalance day is already past when from is after its last session.
            if (!rebalanceDay.isBefore(from)) {
                dates.add(rebalanceDay);
            }
            periodDay = frequency.periodEnd(periodDay).plusDays(1);
        }
        return List.copyOf(dates);
    }

    /** Every week and month from 1990 to 2030 has a session (a test checks it), so this lies inside the period. */
    private LocalDate lastSessionOfPeriod(LocalDate day) {
        LocalDate periodEnd = frequency.periodEnd(day);
        if (periodEnd.isAfter(NyseCalendar.LAST_SUPPORTED)) {
            throw CalendarRangeException.answerOutside(
                    "the " + frequency.label() + " rebalance day of " + frequency.describePeriod(day));
        }
        return calendar.isSession(periodEnd) ? periodEnd : calendar.previousSession(periodEnd);
    }
}
