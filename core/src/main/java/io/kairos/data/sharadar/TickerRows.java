package io.kairos.data.sharadar;

import io.kairos.data.store.TickerInfo;
import java.util.ArrayList;
import java.util.List;

/** Reads SHARADAR/TICKERS rows into {@link TickerInfo}; every column but the ticker is optional. */
final class TickerRows {

    private TickerRows() {
    }

    static List<TickerInfo> read(DatatablePage page) {
        int ticker = page.requiredColumn("ticker");
        int name = page.column("name");
        int exchange = page.column("exchange");
        int sector = page.column("sector");
        int industry = page.column("industry");
        int delisted = page.column("isdelisted");
        int firstPrice = page.column("firstpricedate");
        int lastPrice = page.column("lastpricedate");
        List<TickerInfo> infos = new ArrayList<>(page.size());
        for (int row = 0; row < page.size(); row++) {
            String symbol = page.text(row, ticker);
            if (symbol == null || symbol.isBlank()) {
                throw page.badRow(row, "has no ticker");
            }
            infos.add(new TickerInfo(symbol, page.text(row, name), page.text(row, exchange), page.text(row, sector),
                    page.text(row, industry), yesNo(page.text(row, delisted)), page.date(row, firstPrice),
                    page.date(row, lastPrice)));
        }
        return infos;
    }

    /** Sharadar writes flags as the strings "Y" and "N"; anything else is unknown. */
    private static Boolean yesNo(String flag) {
        if ("Y".equals(flag)) {
            return Boolean.TRUE;
        }
        return "N".equals(flag) ? Boolean.FALSE : null;
    }
}
