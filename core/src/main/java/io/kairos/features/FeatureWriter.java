package io.kairos.features;

import io.kairos.data.store.ArrowTableWriter;
import io.kairos.data.store.Column;
import io.kairos.data.store.ColumnBatch;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/**
 * Appends feature rows to {@code feat_matrix} through the Arrow bridge, in the caller's transaction.
 * NaN and infinite values land as NULL.
 */
final class FeatureWriter implements AutoCloseable {

    private static final int BATCH_ROWS = 16_384;
    private static final Feature[] FEATURES = Feature.values();
    private static final int FIRST_FEATURE_COLUMN = 2;

    private final ArrowTableWriter writer;
    private final Universe universe;
    private ColumnBatch batch;

    FeatureWriter(Connection connection, Universe universe) {
        this.writer = new ArrowTableWriter(connection, FeatureTables.MATRIX, columns(), BATCH_ROWS);
        this.universe = universe;
    }

    /** The columns of {@code feat_matrix}: ticker, date, then one per feature in catalog order. */
    private static List<Column> columns() {
        List<Column> columns = new ArrayList<>(List.of(Column.text("ticker"), Column.date("date")));
        for (Feature feature : FEATURES) {
            columns.add(Column.number(feature.column()));
        }
        return columns;
    }

    void write(PriceDay day, Columns features) {
        int row = 0;
        while (row < day.size) {
            if (batch == null) {
                batch = writer.emptyBatch();
            }
            int start = batch.size;
            int take = Math.min(day.size - row, batch.capacity() - start);
            String[] tickers = batch.strings(0);
            int[] dates = batch.ints(1);
            for (int i = 0; i < take; i++) {
                tickers[start + i] = universe.ticker(day.tickerIds[row + i]);
                dates[start + i] = day.epochDay;
            }
            for (Feature feature : FEATURES) {
                System.arraycopy(features.of(feature), row, batch.doubles(FIRST_FEATURE_COLUMN + feature.ordinal()), start, take);
            }
            batch.size = start + take;
            row += take;
            if (batch.isFull()) {
                writer.submit(batch);
                batch = null;
            }
        }
    }

    /** Writes what is left and returns the rows inserted. */
    long finish() {
        if (batch != null && batch.size > 0) {
            writer.submit(batch);
        }
        batch = null;
        return writer.finish();
    }

    /** Abandons an unfinished write: the insert fails and the caller rolls back. */
    @Override
    public void close() {
        writer.close();
    }
}
