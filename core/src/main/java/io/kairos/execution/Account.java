package io.kairos.execution;

import java.math.BigDecimal;

/**
 * The broker account, money as {@link BigDecimal}.
 *
 * @param lastEquity equity at the previous session's close (the base of the day's loss)
 * @param blocked    true when the broker refuses trading (account or trading blocked)
 */
public record Account(String id, String status, BigDecimal equity, BigDecimal lastEquity, BigDecimal cash, BigDecimal buyingPower,
        boolean blocked) {
}
