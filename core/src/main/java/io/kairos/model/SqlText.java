package io.kairos.model;

import java.time.LocalDate;
import java.util.Collection;
import java.util.stream.Collectors;

/** SQL text for the queries that cannot take parameters (Arrow reads, column lists). */
final class SqlText {

    private SqlText() {
    }

    /** A quoted identifier: feature names come from a table, not from code. */
    static String identifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    static String date(LocalDate date) {
        return "DATE '" + date + "'";
    }

    /** {@code DATE '…', DATE '…'}, for an IN list. */
    static String dates(Collection<LocalDate> dates) {
        return dates.stream().map(SqlText::date).collect(Collectors.joining(", "));
    }
}
