package io.kairos.research;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** End-of-bar values by date, oldest first (a result file's {@code equity}, a sleeve's value). Arrays used as given. */
public record EquitySeries(LocalDate[] dates, double[] values) {

    public EquitySeries {
        if (dates.length != values.length) {
            throw new IllegalArgumentException(dates.length + " dates and " + values.length + " values: give one value per date");
        }
    }

    /** The values on {@code common}, dates this series holds (in order). */
    public double[] valuesOn(LocalDate[] common) {
        int[] at = indices(dates, common);
        double[] picked = new double[at.length];
        for (int i = 0; i < at.length; i++) {
            picked[i] = values[at[i]];
        }
        return picked;
    }

    /** The dates both series hold, in order. */
    public LocalDate[] sharedDates(EquitySeries other) {
        return shared(List.of(dates, other.dates));
    }

    /** The dates every calendar holds, in order (each calendar ascending). */
    public static LocalDate[] shared(List<LocalDate[]> calendars) {
        return Arrays.stream(calendars.get(0)).filter(d -> calendars.stream().allMatch(c -> Arrays.binarySearch(c, d) >= 0))
                .toArray(LocalDate[]::new);
    }

    /** Where each of {@code common} sits in {@code own} (both ascending, every common date in own). */
    public static int[] indices(LocalDate[] own, LocalDate[] common) {
        int[] at = new int[common.length];
        int i = 0;
        for (int c = 0; c < common.length; c++) {
            while (!own[i].equals(common[c])) {
                i++;
            }
            at[c] = i;
        }
        return at;
    }

    /** Daily returns {@code v_t / v_(t-1) - 1} between consecutive values: one fewer than the values. */
    public static double[] returns(double[] values) {
        double[] returns = new double[Math.max(0, values.length - 1)];
        for (int t = 1; t < values.length; t++) {
            returns[t - 1] = values[t] / values[t - 1] - 1;
        }
        return returns;
    }
}
