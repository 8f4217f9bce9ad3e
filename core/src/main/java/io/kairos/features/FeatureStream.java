package io.kairos.features;

import io.kairos.ops.ProgressListener;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * One pass of a build: prices read date by date on the reading connection (a thread of its own),
 * features computed a block of dates at a time, rows inserted through the store's connection, all
 * three at once.
 */
final class FeatureStream {

    /** Price rows the engine takes at a time (see {@link FeatureEngine}): enough to keep each ticker's windows in cache. */
    private static final int BLOCK_ROWS = 50_000;

    private FeatureStream() {
    }

    /** What a pass did: rows written, the first date written (epoch day), distinct tickers written, price rows read. */
    record Written(long rows, int firstDay, int tickers, long pricesRead) {
    }

    /** Streams the prices of {@code days} through the engine; writes the rows dated on or after epoch day {@code writeFrom}. */
    static Written write(Connection connection, Connection reader, Universe universe, List<DayCount> days, int writeFrom,
            ProgressListener progress) throws SQLException {
        FeatureEngine engine = new FeatureEngine(universe, writeFrom);
        BitSet tickersWritten = new BitSet(universe.size());
        int firstWritten = Integer.MIN_VALUE;
        long read = 0;
        try (DuckDbThreads single = DuckDbThreads.single(connection);
                PriceDayReader prices = new PriceDayReader(reader, universe, days);
                FeatureWriter writer = new FeatureWriter(connection, universe)) {
            for (List<PriceDay> block = nextBlock(prices); !block.isEmpty(); block = nextBlock(prices)) {
                List<Columns> features = engine.process(block);
                for (int d = 0; d < block.size(); d++) {
                    PriceDay day = block.get(d);
                    if (day.epochDay >= writeFrom) {
                        writer.write(day, features.get(d));
                        firstWritten = firstWritten == Integer.MIN_VALUE ? day.epochDay : firstWritten;
                        for (int row = 0; row < day.size; row++) {
                            tickersWritten.set(day.tickerIds[row]);
                        }
                    }
                    read += day.size;
                }
                progress.advance(read);
            }
            return new Written(writer.finish(), firstWritten, tickersWritten.cardinality(), read);
        }
    }

    /** The next dates from {@code prices}, about {@value #BLOCK_ROWS} rows of them; empty at the end. */
    private static List<PriceDay> nextBlock(PriceDayReader prices) {
        List<PriceDay> block = new ArrayList<>();
        int rows = 0;
        while (rows < BLOCK_ROWS) {
            PriceDay day = prices.next();
            if (day == null) {
                break;
            }
            block.add(day);
            rows += day.size;
        }
        return block;
    }
}
