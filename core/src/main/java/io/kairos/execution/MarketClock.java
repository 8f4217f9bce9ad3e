package io.kairos.execution;

import java.time.Instant;

/** The broker's clock: its now, whether the regular session is open, the next open and close. */
public record MarketClock(Instant timestamp, boolean open, Instant nextOpen, Instant nextClose) {
}
