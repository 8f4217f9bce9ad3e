package io.kairos.labels;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

/** The {@code labels} table of docs/RESEARCH.md: created empty before each rebuild, counted after it. */
final class LabelsTable {

    static final String NAME = "labels";

    private static final String CREATE = """
            CREATE OR REPLACE TABLE labels (
                ticker      VARCHAR NOT NULL,
                date        DATE    NOT NULL,
                horizon     INTEGER NOT NULL,
                exit_date   DATE    NOT NULL,
                fwd_ret     DOUBLE  NOT NULL,
                excess_ret  DOUBLE  NOT NULL,
                label       INTEGER NOT NULL,
                tb_label    INTEGER,
                tb_hit_date DATE,
                delisted    INTEGER NOT NULL)""";
    private static final String COUNT = """
            SELECT count(*), count(DISTINCT ticker), count(DISTINCT date), min(date), max(date),
                count(*) FILTER (label = 1), count(*) FILTER (tb_label = 1), count(*) FILTER (tb_label = -1),
                count(*) FILTER (tb_label = 0), count(*) FILTER (tb_label IS NULL), count(*) FILTER (delisted = 1)
            FROM labels""";

    private LabelsTable() {
    }

    /** Replaces the table with an empty one. */
    static void recreate(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(CREATE);
        }
    }

    /** What the table holds. */
    static LabelCounts count(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(COUNT)) {
            row.next();
            return new LabelCounts(row.getLong(1), row.getLong(2), row.getLong(3), row.getObject(4, LocalDate.class),
                    row.getObject(5, LocalDate.class), row.getLong(6),
                    new LabelCounts.Barriers(row.getLong(7), row.getLong(8), row.getLong(9), row.getLong(10)),
                    row.getLong(11));
        }
    }
}
