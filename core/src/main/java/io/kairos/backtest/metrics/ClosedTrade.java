package io.kairos.backtest.metrics;

import java.time.LocalDate;

/**
 * A position in one name from its opening to its closing, for the hit rate and the holding period.
 *
 * @param sessionsHeld sessions from the entry to the exit
 * @param pnl          profit or loss in dollars, after costs
 */
public record ClosedTrade(String ticker, LocalDate entryDate, LocalDate exitDate, int sessionsHeld, double pnl) {

    public ClosedTrade {
        if (ticker == null || ticker.isBlank() || entryDate == null || exitDate == null) {
            throw new IllegalArgumentException("a closed trade needs a ticker, an entry date and an exit date");
        }
        if (exitDate.isBefore(entryDate)) {
            throw new IllegalArgumentException("trade in " + ticker + " exits on " + exitDate + ", before its entry on "
                    + entryDate);
        }
        if (sessionsHeld < 0) {
            throw new IllegalArgumentException("trade in " + ticker + " is held " + sessionsHeld + " sessions");
        }
        if (!Double.isFinite(pnl)) {
            throw new IllegalArgumentException("trade in " + ticker + " has a pnl of " + pnl);
        }
    }
}
