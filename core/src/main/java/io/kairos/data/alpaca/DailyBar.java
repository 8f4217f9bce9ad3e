package io.kairos.data.alpaca;

import java.time.LocalDate;

/** One session of one symbol as Alpaca sent it, dated in New York. */
record DailyBar(LocalDate date, double open, double high, double low, double close, double volume) {
}
