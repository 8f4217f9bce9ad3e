package io.kairos.research.smallaccount;

import java.time.LocalDate;

/** Shares bought or sold at one price; {@code shares} is always above 0, {@link FillKind#buy()} says which way. */
public record Fill(LocalDate date, FillKind kind, int shares, double price) {

    /** Cash out for a buy (negative), in for a sale (positive). */
    public double cashFlow() {
        return (kind.buy() ? -1 : 1) * shares * price;
    }
}
