package io.kairos.model;

import io.kairos.calendar.RebalanceSchedule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The dates the model samples the feature matrix on: the rebalance days of a schedule. */
final class SampleDates {

    private SampleDates() {
    }

    /** The rebalance days from {@code first} to {@code last}, both included, ascending. */
    static List<LocalDate> between(RebalanceSchedule schedule, LocalDate first, LocalDate last) {
        List<LocalDate> dates = new ArrayList<>();
        LocalDate day = first;
        while (!day.isAfter(last)) {
            LocalDate rebalance = schedule.next(day, 1).get(0);
            if (rebalance.isAfter(last)) {
                break;
            }
            dates.add(rebalance);
            day = rebalance.plusDays(1);
        }
        return List.copyOf(dates);
    }
}
