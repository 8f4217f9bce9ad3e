package io.kairos.execution;

import java.math.BigDecimal;

/** A position at the broker; {@code qty} is negative for a short. */
public record Position(String symbol, BigDecimal qty, BigDecimal avgEntryPrice, BigDecimal currentPrice, BigDecimal marketValue) {
}
