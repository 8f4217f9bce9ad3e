package io.kairos.data.sharadar;

import io.kairos.data.store.PriceLoad;
import java.time.LocalDate;

/**
 * Stages SHARADAR/SEP rows as they are: open/high/low/close/volume split-adjusted, closeadj
 * split- and dividend-adjusted, closeunadj as traded. Ticker, date, close and lastupdated are
 * required; a row without one of them stops the download. Other values may be null, and a page
 * without the {@code closeadj} column (the pre-2021 layout) stores it as missing.
 */
final class SepRows {

    private SepRows() {
    }

    /** Stages every row of {@code page} into {@code load}; returns how many. */
    static int stage(DatatablePage page, PriceLoad load) {
        int ticker = page.requiredColumn("ticker");
        int date = page.requiredColumn("date");
        int close = page.requiredColumn("close");
        int lastUpdated = page.requiredColumn("lastupdated");
        int open = page.column("open");
        int high = page.column("high");
        int low = page.column("low");
        int volume = page.column("volume");
        int closeAdj = page.column("closeadj");
        int closeUnadj = page.column("closeunadj");
        for (int row = 0; row < page.size(); row++) {
            String symbol = page.text(row, ticker);
            LocalDate day = page.date(row, date);
            double closing = page.number(row, close);
            LocalDate updated = page.date(row, lastUpdated);
            if (symbol == null || symbol.isBlank() || day == null || Double.isNaN(closing) || updated == null) {
                throw page.badRow(row, "lacks a ticker, date, close or lastupdated");
            }
            load.addBar(symbol, day, page.number(row, open), page.number(row, high), page.number(row, low), closing,
                    page.number(row, volume), page.number(row, closeAdj), page.number(row, closeUnadj), updated);
        }
        return page.size();
    }
}
