package io.kairos.research.smallaccount;

import java.time.LocalDate;

/** A step of the drawdown ladder, decided at {@code date}'s close at end-of-day {@code drawdown} (0.015 is 1.5%). */
public record RiskEvent(LocalDate date, RiskEventKind kind, double drawdown, String detail) {
}
