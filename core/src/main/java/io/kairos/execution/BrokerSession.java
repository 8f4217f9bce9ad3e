package io.kairos.execution;

import java.time.LocalDate;
import java.time.LocalTime;

/** One trading day of the broker's calendar, open and close in New York time. */
public record BrokerSession(LocalDate date, LocalTime open, LocalTime close) {
}
