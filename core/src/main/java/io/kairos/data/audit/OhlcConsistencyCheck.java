package io.kairos.data.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * A bar that contradicts itself: high below low, or open or close outside the day's range. The range is
 * taken between the smaller and the larger of low and high, so a bar with high and low swapped is reported
 * once for the swap and not again for every price. A tiny relative tolerance absorbs float noise from
 * split adjustment.
 */
final class OhlcConsistencyCheck implements StoreCheck {

    /** One part in a million: a hundredth of a cent on a $100 stock. */
    static final double TOLERANCE = 1e-6;

    @Override
    public void run(Sql sql, Findings findings) {
        sql.forEach("""
                SELECT ticker, date, open, high, low, close FROM (
                    SELECT *, least(low, high) * (1 - ?) AS floor, greatest(low, high) * (1 + ?) AS ceiling
                    FROM sep_base WHERE high > 0 AND low > 0)
                WHERE high < low * (1 - ?) OR open < floor OR open > ceiling OR close < floor OR close > ceiling""",
                row -> {
                    double high = row.number("high");
                    double low = row.number("low");
                    List<String> problems = new ArrayList<>();
                    if (high < low * (1 - TOLERANCE)) {
                        problems.add("high " + DetailFormat.price(high) + " below low " + DetailFormat.price(low));
                    }
                    String range = "[" + DetailFormat.price(Math.min(low, high)) + ", "
                            + DetailFormat.price(Math.max(low, high)) + "]";
                    describeIfOutside("open", row.number("open"), low, high, range, problems);
                    describeIfOutside("close", row.number("close"), low, high, range, problems);
                    findings.addRow(AuditCheck.OHLC_INCONSISTENT, row.text("ticker"), row.date("date"),
                            String.join("; ", problems));
                }, TOLERANCE, TOLERANCE, TOLERANCE);
    }

    private static void describeIfOutside(String column, Double value, double low, double high, String range,
            List<String> problems) {
        if (value != null && (value < Math.min(low, high) * (1 - TOLERANCE) || value > Math.max(low, high) * (1 + TOLERANCE))) {
            problems.add(column + " " + DetailFormat.price(value) + " outside " + range);
        }
    }
}
