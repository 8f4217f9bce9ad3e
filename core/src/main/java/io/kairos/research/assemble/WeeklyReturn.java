package io.kairos.research.assemble;

import java.time.LocalDate;

/** One ISO week's return: the value at its last session against the previous week's (the capital for the first). */
public record WeeklyReturn(LocalDate lastSession, double value, double weekReturn) {
}
