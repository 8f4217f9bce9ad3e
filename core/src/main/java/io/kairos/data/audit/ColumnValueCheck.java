package io.kairos.data.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/** A rule on single values of some columns of {@code sep_base}: one finding per row, naming each bad column. */
final class ColumnValueCheck implements StoreCheck {

    private final AuditCheck check;
    private final List<String> columns;
    private final String sqlCondition;
    private final Predicate<Double> isBad;
    private final boolean showValues;
    private final String suffix;

    private ColumnValueCheck(AuditCheck check, List<String> columns, String sqlCondition, Predicate<Double> isBad,
            boolean showValues, String suffix) {
        this.check = check;
        this.columns = columns;
        this.sqlCondition = sqlCondition;
        this.isBad = isBad;
        this.showValues = showValues;
        this.suffix = suffix;
    }

    /** A price of zero or below in any price column: returns and logs of it are meaningless. Detail: "close 0". */
    static ColumnValueCheck nonPositivePrices() {
        return new ColumnValueCheck(AuditCheck.NON_POSITIVE_PRICES,
                List.of("open", "high", "low", "close", "closeadj", "closeunadj"), "%s <= 0",
                value -> value != null && value <= 0, true, "");
    }

    /**
     * NULL where a value belongs: open, high, low and volume, and the adjusted and unadjusted closes that
     * features and execution read ({@code close} cannot be NULL). Detail: "open, high missing".
     */
    static ColumnValueCheck missingValues() {
        return new ColumnValueCheck(AuditCheck.MISSING_VALUES,
                List.of("open", "high", "low", "volume", "closeadj", "closeunadj"), "%s IS NULL",
                value -> value == null, false, " missing");
    }

    @Override
    public void run(Sql sql, Findings findings) {
        String where = String.join(" OR ", columns.stream()
                .map(column -> String.format(Locale.ROOT, sqlCondition, column)).toList());
        sql.forEach("SELECT ticker, date, " + String.join(", ", columns) + " FROM sep_base WHERE " + where, row -> {
            List<String> bad = new ArrayList<>();
            for (String column : columns) {
                Double value = row.number(column);
                if (isBad.test(value)) {
                    bad.add(showValues ? column + " " + DetailFormat.price(value) : column);
                }
            }
            findings.addRow(check, row.text("ticker"), row.date("date"), String.join(", ", bad) + suffix);
        });
    }
}
