package io.kairos.data.csv;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Reads {@code YYYY-MM-DD} fields and says whether each date may hold a price row, remembering both
 * per calendar day: a price file repeats the same few thousand dates on every ticker, and building a
 * LocalDate and asking the calendar once per day instead of once per row halves the parse time.
 */
final class DateField {

    /** Days from 1900-01-01 to 2099-12-31 are remembered; others are parsed every time. */
    private static final int FIRST_YEAR = 1900;
    private static final int YEARS = 200;
    private static final int SLOTS_PER_YEAR = 12 * 31;

    private final SessionRule sessions;
    private final LocalDate[] dates = new LocalDate[YEARS * SLOTS_PER_YEAR];
    private final int[] epochDays = new int[YEARS * SLOTS_PER_YEAR];
    @SuppressWarnings("unchecked")
    private final Optional<String>[] rejections = new Optional[YEARS * SLOTS_PER_YEAR];

    DateField(SessionRule sessions) {
        this.sessions = sessions;
    }

    /** The date in {@code bytes[from, to)} (spaces around it ignored), or null when it is not a valid YYYY-MM-DD date. */
    LocalDate parse(byte[] bytes, int from, int to) {
        while (from < to && bytes[from] == ' ') {
            from++;
        }
        while (to > from && bytes[to - 1] == ' ') {
            to--;
        }
        if (to - from != 10 || bytes[from + 4] != '-' || bytes[from + 7] != '-') {
            return null;
        }
        int year = digits(bytes, from, 4);
        int month = digits(bytes, from + 5, 2);
        int day = digits(bytes, from + 8, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        int slot = slot(year, month, day);
        if (slot < 0) {
            return valid(year, month, day);
        }
        if (dates[slot] == null) {
            dates[slot] = valid(year, month, day);
            epochDays[slot] = dates[slot] == null ? 0 : (int) dates[slot].toEpochDay();
        }
        return dates[slot];
    }

    /** The epoch day of a date this field returned (remembered: computing it is costly per row). */
    int epochDay(LocalDate date) {
        int slot = slot(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
        return slot < 0 ? (int) date.toEpochDay() : epochDays[slot];
    }

    /** Why no price row may carry this date, or empty when it may. */
    Optional<String> rejection(LocalDate date) {
        int slot = slot(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
        if (slot < 0) {
            return sessions.rejection(date);
        }
        if (rejections[slot] == null) {
            rejections[slot] = sessions.rejection(date);
        }
        return rejections[slot];
    }

    private static int slot(int year, int month, int day) {
        int yearIndex = year - FIRST_YEAR;
        return yearIndex < 0 || yearIndex >= YEARS ? -1 : yearIndex * SLOTS_PER_YEAR + (month - 1) * 31 + (day - 1);
    }

    private static LocalDate valid(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int digits(byte[] bytes, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            if (bytes[i] < '0' || bytes[i] > '9') {
                return -1;
            }
            value = value * 10 + (bytes[i] - '0');
        }
        return value;
    }
}
