package io.kairos.research;

import java.time.LocalDate;

/**
 * A closed round trip: bought {@code size} shares at the entry fill's open, sold them all at the exit fill's open.
 *
 * @param pnl        gross, {@code size * (exitPrice - entryPrice)}, as Backtrader's {@code trade.pnl}
 * @param commission entry plus exit commission
 * @param pnlNet     {@code pnl - commission}, as Backtrader's {@code trade.pnlcomm}
 * @param barsHeld   bars from the entry fill to the exit fill
 */
public record Trade(LocalDate entryDate, double entryPrice, LocalDate exitDate, double exitPrice, long size, double pnl,
        double commission, double pnlNet, int barsHeld) {
}
