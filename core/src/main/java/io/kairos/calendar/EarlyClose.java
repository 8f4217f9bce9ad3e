package io.kairos.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/** A session that closed (or will close) before the regular 16:00, New York time, and why. */
public record EarlyClose(LocalDate date, LocalTime close, String reason) {

    public EarlyClose {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(close, "close");
        Objects.requireNonNull(reason, "reason");
    }
}
