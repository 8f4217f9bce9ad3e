package io.kairos.backtest.metrics;

import java.util.ArrayList;
import java.util.List;

/**
 * The backtest year by year. A year's first return runs from the previous year's last close, so the years' returns
 * chain to the whole period's; the first year starts at the first close, which has no return. A year without a
 * return (a backtest starting on its last session) has no row.
 */
final class YearTable {

    private YearTable() {
    }

    static List<YearRow> of(ReturnSeries series) {
        List<YearRow> rows = new ArrayList<>();
        int first = 0;
        while (first < series.sessions()) {
            int year = series.date(first).getYear();
            int last = first;
            while (last + 1 < series.sessions() && series.date(last + 1).getYear() == year) {
                last++;
            }
            ReturnSeries inYear = series.slice(Math.max(first - 1, 0), last);
            double[] returns = inYear.portfolio();
            if (returns.length > 0) {
                rows.add(new YearRow(year, ReturnStats.compound(returns), ReturnStats.compound(inYear.benchmark()),
                        Drawdowns.worst(inYear.equity()).depth(), ReturnStats.sharpe(returns)));
            }
            first = last + 1;
        }
        return rows;
    }
}
