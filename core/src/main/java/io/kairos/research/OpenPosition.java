package io.kairos.research;

import java.time.LocalDate;

/**
 * The position still held after the last bar (nothing is closed at the end), valued at the last close.
 *
 * @param unrealizedPnl {@code size * (lastClose - entryPrice)}, before any commission
 */
public record OpenPosition(LocalDate entryDate, double entryPrice, long size, double entryCommission, double lastClose,
        double unrealizedPnl) {
}
