package io.kairos.data.audit;

import java.util.List;

/**
 * What the loaders refused and kept in {@code sep_quarantine}, for information: those rows are not in the
 * store, so they show up as calendar gaps (or shorter histories) in the checks.
 *
 * @param rows   quarantined rows in total
 * @param groups rows per source, file and reason, in that order
 */
public record QuarantineSummary(long rows, List<Group> groups) {

    /** Rows refused from one file of one source for one reason. */
    public record Group(String source, String file, String reason, long rows) {
    }

    public QuarantineSummary {
        groups = List.copyOf(groups);
    }

    static QuarantineSummary read(Sql sql) {
        List<Group> groups = sql.query("""
                SELECT source, file, reason, count(*) AS rows FROM sep_quarantine
                GROUP BY source, file, reason ORDER BY source, file NULLS FIRST, reason""",
                row -> new Group(row.text("source"), row.text("file"), row.text("reason"), row.whole("rows")));
        return new QuarantineSummary(groups.stream().mapToLong(Group::rows).sum(), groups);
    }
}
