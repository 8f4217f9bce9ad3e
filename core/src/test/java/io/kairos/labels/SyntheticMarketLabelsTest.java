package io.kairos.labels;

import static io.kairos.labels.LabelsTestSupport.horizon;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.data.synthetic.SyntheticMarket;
import io.kairos.data.synthetic.SyntheticSpec;
import io.kairos.ops.ProgressListener;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Labels of a small synthetic market (with listings and delistings): properties every row must have. */
class SyntheticMarketLabelsTest {

    @TempDir
    Path dir;
    private TestStore store;

    @BeforeEach
    void market() {
        store = new TestStore(dir.resolve("k.duckdb"));
        new SyntheticMarket(new SyntheticSpec(60, 2, 11), LabelsTestSupport.sessions("2023-01-03", "2024-12-31"))
                .loadInto(store.store(), ProgressListener.NONE);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void theSameStoreGivesTheSameTableInTickerAndDateOrder() throws Exception {
        store.build(LabelsTestSupport.DEFAULTS);
        List<String> first = rows("SELECT * FROM labels ORDER BY rowid");
        store.build(LabelsTestSupport.DEFAULTS);
        List<String> second = rows("SELECT * FROM labels ORDER BY rowid");
        assertTrue(first.size() > 20_000, "60 names over two years: " + first.size());
        assertEquals(first, second);
        assertEquals(rows("SELECT * FROM labels ORDER BY ticker, date"), first);
    }

    @Test
    void everyRowIsConsistentAndEveryUsablePriceIsAccountedFor() throws Exception {
        LabelSummary summary = store.build(LabelsTestSupport.DEFAULTS);
        assertEquals(List.of("0"), rows("""
                SELECT count(*) FROM labels l
                WHERE label <> (excess_ret > 0)::INTEGER
                   OR exit_date < date OR (exit_date = date AND delisted = 0)
                   OR tb_hit_date < date OR tb_hit_date > exit_date OR (tb_hit_date = date AND exit_date > date)
                   OR (tb_label IS NULL) <> (tb_hit_date IS NULL)
                   OR (delisted = 1 AND (exit_date <> (SELECT max(date) FROM sep_base s WHERE s.ticker = l.ticker)
                        OR ticker NOT IN (SELECT ticker FROM tickers WHERE isdelisted)))"""));
        // on its last day a delisted name enters and exits at its last price
        assertEquals(List.of("0.0|0"), rows("SELECT max(abs(fwd_ret)) || '|' || max(abs(tb_label)) FROM labels WHERE exit_date = date"));
        // every session has rows in this market, so the sessions are its dates: exits are 20 of them later,
        // or fewer for a delisting
        assertEquals(List.of("0"), rows("""
                WITH s AS (SELECT date, row_number() OVER (ORDER BY date) AS n FROM (SELECT DISTINCT date FROM sep_base))
                SELECT count(*) FROM labels l JOIN s entry ON entry.date = l.date JOIN s exit ON exit.date = l.exit_date
                WHERE CASE WHEN l.delisted = 1 THEN exit.n - entry.n >= 20 ELSE exit.n - entry.n <> 20 END"""));
        assertEquals(List.of("true"), rows("SELECT max(abs(m)) < 1e-15 FROM (SELECT median(excess_ret) AS m FROM labels GROUP BY date)"));
        assertEquals(List.of(Long.toString(summary.written().rows() + summary.endOfData() + summary.afterTickerEnd())),
                rows("SELECT count(*) FROM sep_base WHERE closeadj > 0"));
        assertTrue(summary.written().delisted() > 0, "the synthetic market delists names");
        double positive = summary.written().positiveShare();
        assertTrue(positive > 0.45 && positive <= 0.5, "half the names beat the median, less ties: " + positive);
    }

    @Test
    void eachRunReplacesTheWholeTable() throws Exception {
        store.build(horizon(5));
        LabelSummary longer = store.build(horizon(10));
        assertEquals(List.of("10|" + longer.written().rows()), rows("SELECT min(horizon) || '|' || count(*) FROM labels"));
    }

    private List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = store.store().connection().createStatement(); ResultSet found = statement.executeQuery(sql)) {
            int columns = found.getMetaData().getColumnCount();
            while (found.next()) {
                StringBuilder row = new StringBuilder();
                for (int column = 1; column <= columns; column++) {
                    row.append(column > 1 ? "|" : "").append(found.getString(column));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
