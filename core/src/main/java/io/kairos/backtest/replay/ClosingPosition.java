package io.kairos.backtest.replay;

import java.time.LocalDate;

/**
 * A holding at a session's close.
 *
 * @param close the price it is marked at: the session's close, or the ticker's latest close before it on a session
 *              without a bar
 * @param value qty * close
 */
public record ClosingPosition(LocalDate date, String ticker, long qty, double close, double value) {
}
