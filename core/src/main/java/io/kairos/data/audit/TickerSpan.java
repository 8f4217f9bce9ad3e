package io.kairos.data.audit;

import java.time.LocalDate;
import java.util.List;

/** Where one ticker's stored rows begin and end, and how many there are. */
record TickerSpan(String ticker, LocalDate firstDate, LocalDate lastDate, long rows) {

    /** Every stored ticker, sorted by ticker. */
    static List<TickerSpan> readAll(Sql sql) {
        return sql.query("""
                SELECT ticker, min(date) AS first_date, max(date) AS last_date, count(*) AS rows
                FROM sep_base GROUP BY ticker ORDER BY ticker""",
                row -> new TickerSpan(row.text("ticker"), row.date("first_date"), row.date("last_date"),
                        row.whole("rows")));
    }
}
