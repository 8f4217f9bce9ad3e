package io.kairos.data.store;

import java.time.LocalDate;

/**
 * What a source knows about a name. Null fields are unknown and leave what the store already has;
 * null listing dates are filled from the store's own first and last price dates.
 */
public record TickerInfo(String ticker, String name, String exchange, String sector, String industry,
        Boolean isDelisted, LocalDate firstPriceDate, LocalDate lastPriceDate) {

    public TickerInfo {
        if (ticker == null || ticker.isBlank()) {
            throw new IllegalArgumentException("ticker is required");
        }
    }

    /** A name with a sector and nothing else known. */
    public static TickerInfo withSector(String ticker, String name, String sector, String industry) {
        return new TickerInfo(ticker, name, null, sector, industry, null, null, null);
    }
}
