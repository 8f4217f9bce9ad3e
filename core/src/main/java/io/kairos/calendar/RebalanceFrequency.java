package io.kairos.calendar;

import io.kairos.KairosException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** How often the strategy rebalances: on the last session of each calendar month or of each Monday-Sunday week. */
public enum RebalanceFrequency {
    MONTHLY,
    WEEKLY;

    /** Reads "monthly" or "weekly", in any case and with surrounding blanks. */
    public static RebalanceFrequency parse(String text) {
        String wanted = text == null ? "" : text.strip();
        for (RebalanceFrequency frequency : values()) {
            if (frequency.label().equalsIgnoreCase(wanted)) {
                return frequency;
            }
        }
        throw KairosException.usage("unknown rebalance frequency '" + wanted + "'; use monthly or weekly");
    }

    /** The word an operator uses: "monthly" or "weekly". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The last calendar day of the period (month, or week ending Sunday) that contains day. */
    LocalDate periodEnd(LocalDate day) {
        return switch (this) {
            case MONTHLY -> day.with(TemporalAdjusters.lastDayOfMonth());
            case WEEKLY -> day.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        };
    }

    /** The first calendar day of the period (month, or week starting Monday) that contains day. */
    LocalDate periodStart(LocalDate day) {
        return switch (this) {
            case MONTHLY -> day.withDayOfMonth(1);
            case WEEKLY -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        };
    }

    /** The period that contains day, in operator words: "November 2026", "the week of 2026-03-30 to 2026-04-05". */
    String describePeriod(LocalDate day) {
        return switch (this) {
            case MONTHLY -> day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + day.getYear();
            case WEEKLY -> "the week of " + day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                    + " to " + periodEnd(day);
        };
    }
}
