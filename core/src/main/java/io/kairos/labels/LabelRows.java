package io.kairos.labels;

import io.kairos.data.store.ArrowTableWriter;
import io.kairos.data.store.Column;
import io.kairos.data.store.ColumnBatch;
import java.sql.Connection;
import java.util.List;

/**
 * Streams rows into {@code labels} through the Arrow bridge, in the order they are added. Dates are
 * epoch days; {@link ColumnBatch#NULL_INT} stands for a missing triple-barrier outcome.
 */
final class LabelRows implements AutoCloseable {

    private static final List<Column> COLUMNS = List.of(Column.text("ticker"), Column.date("date"),
            Column.integer("horizon"), Column.date("exit_date"), Column.number("fwd_ret"), Column.number("excess_ret"),
            Column.integer("label"), Column.integer("tb_label"), Column.date("tb_hit_date"), Column.integer("delisted"));
    private static final int BATCH_ROWS = 65_536;

    private final ArrowTableWriter writer;
    private final int horizon;
    private ColumnBatch batch;

    LabelRows(Connection connection, int horizon) {
        this.writer = new ArrowTableWriter(connection, LabelsTable.NAME, COLUMNS, BATCH_ROWS);
        this.horizon = horizon;
    }

    void add(String ticker, int day, int exitDay, double fwdRet, double excessRet, int label, int tbLabel, int tbHitDay,
            boolean delisted) {
        if (batch == null) {
            batch = writer.emptyBatch();
        }
        int row = batch.size++;
        batch.strings(0)[row] = ticker;
        batch.ints(1)[row] = day;
        batch.ints(2)[row] = horizon;
        batch.ints(3)[row] = exitDay;
        batch.doubles(4)[row] = fwdRet;
        batch.doubles(5)[row] = excessRet;
        batch.ints(6)[row] = label;
        batch.ints(7)[row] = tbLabel;
        batch.ints(8)[row] = tbHitDay;
        batch.ints(9)[row] = delisted ? 1 : 0;
        if (batch.isFull()) {
            writer.submit(batch);
            batch = null;
        }
    }

    /** Writes what is left and returns the rows written. */
    long finish() {
        if (batch != null) {
            writer.submit(batch);
            batch = null;
        }
        return writer.finish();
    }

    /** Abandons an unfinished write: its insert fails and the caller rolls back. */
    @Override
    public void close() {
        writer.close();
    }
}
