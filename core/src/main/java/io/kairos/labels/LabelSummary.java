package io.kairos.labels;

import java.time.Duration;

/**
 * One run of {@link LabelBuilder}.
 *
 * @param written        what the rebuilt {@code labels} table holds
 * @param endOfData      rows left without a label because their exit session is after the store's last date
 * @param afterTickerEnd rows left without a label because their ticker, not marked delisted, has no price on
 *                       or after their exit session
 * @param took           the time of the whole run
 */
public record LabelSummary(LabelCounts written, long endOfData, long afterTickerEnd, Duration took) {
}
