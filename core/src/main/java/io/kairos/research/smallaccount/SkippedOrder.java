package io.kairos.research.smallaccount;

import java.time.LocalDate;

/**
 * A signal or an add that did not become a fill, and why.
 *
 * @param date  the close the order was decided at (the signal's bar), or the open it could not fill at
 * @param order "entry" or "add"
 */
public record SkippedOrder(String symbol, LocalDate date, String order, String reason) {
}
