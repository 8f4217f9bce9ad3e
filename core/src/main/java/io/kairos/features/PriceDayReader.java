package io.kairos.features;

import io.kairos.KairosException;
import io.kairos.data.store.ArrowQuery;
import io.kairos.data.store.ArrowRows;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Reads {@code sep_base} date by date, on a thread of its own so that DuckDB reads ahead while the
 * caller computes. Dates are read in queries of about a million rows each, sorted by date and ticker
 * id: memory stays bounded however large the store.
 */
final class PriceDayReader implements AutoCloseable {

    private static final long ROWS_PER_QUERY = 1_000_000;
    private static final int BATCH_ROWS = 65_536;
    private static final int DAYS_AHEAD = 32;
    private static final Object END = new Object();

    private final Connection reader;
    private final Universe universe;
    private final List<DayCount> days;
    private final BlockingQueue<Object> ready = new ArrayBlockingQueue<>(DAYS_AHEAD);
    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread named = new Thread(runnable, "kairos-feature-prices");
        named.setDaemon(true);
        return named;
    });
    private volatile boolean closed;
    private boolean ended;

    /** Starts reading the rows of {@code days} (as {@link DayCount#from} counted them) through {@code reader}. */
    PriceDayReader(Connection reader, Universe universe, List<DayCount> days) {
        this.reader = reader;
        this.universe = universe;
        this.days = List.copyOf(days);
        thread.submit(this::readAll);
    }

    /** The next date's rows, or null after the last. */
    PriceDay next() {
        if (ended) {
            return null;
        }
        Object item;
        try {
            item = ready.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw KairosException.failure("Interrupted while reading prices", e);
        }
        if (item instanceof RuntimeException failure) {
            throw failure;
        }
        ended = item == END;
        return ended ? null : (PriceDay) item;
    }

    @Override
    public void close() {
        closed = true;
        ready.clear();
        thread.shutdown();
        try {
            thread.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void readAll() {
        try {
            Filler filler = new Filler();
            int first = 0;
            while (first < days.size()) {
                int last = first;
                long rows = days.get(first).rows();
                while (last + 1 < days.size() && rows + days.get(last + 1).rows() <= ROWS_PER_QUERY) {
                    rows += days.get(++last).rows();
                }
                ArrowQuery.forEachBatch(reader, query(days.get(first), days.get(last)), BATCH_ROWS, filler::take);
                first = last + 1;
            }
            filler.requireComplete();
            hand(END);
        } catch (CancellationException closedEarly) {
            // the consumer has gone
        } catch (RuntimeException | LinkageError e) {
            // a library that cannot load (LinkageError) must reach the consumer too, or it would wait forever
            handQuietly(e instanceof KairosException known ? known
                    : KairosException.failure("Cannot read the prices: " + (e.getMessage() != null ? e.getMessage() : e), e));
        }
    }

    private static String query(DayCount first, DayCount last) {
        return "SELECT f.tid, s.date, s.open, s.high, s.low, s.close, s.volume, s.closeadj FROM sep_base s"
                + " JOIN " + Universe.TABLE + " f USING (ticker)"
                + " WHERE s.date BETWEEN " + Sql.date(LocalDate.ofEpochDay(first.epochDay()))
                + " AND " + Sql.date(LocalDate.ofEpochDay(last.epochDay())) + " ORDER BY s.date, f.tid";
    }

    private void hand(Object item) {
        try {
            while (!ready.offer(item, 100, TimeUnit.MILLISECONDS)) {
                if (closed) {
                    throw new CancellationException();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException();
        }
    }

    private void handQuietly(RuntimeException failure) {
        try {
            hand(failure);
        } catch (CancellationException closedEarly) {
            // nobody is left to tell
        }
    }

    /** Cuts the sorted rows into days, as counted beforehand. */
    private final class Filler {

        private int next;
        private PriceDay day;
        private int filled;

        void take(ArrowRows rows) {
            for (int row = 0; row < rows.size(); row++) {
                if (day == null) {
                    if (next == days.size()) {
                        throw changedWhileReading();
                    }
                    day = new PriceDay(days.get(next).epochDay(), days.get(next).rows());
                    filled = 0;
                }
                if (rows.getInt(1, row) != day.epochDay) {
                    throw changedWhileReading();
                }
                int id = rows.getInt(0, row);
                if (filled > 0 && id == day.tickerIds[filled - 1]) {
                    throw KairosException.failure("sep_base holds more than one row for " + universe.ticker(id) + " on "
                            + LocalDate.ofEpochDay(day.epochDay) + ": a store keeps one row per ticker and date;"
                            + " run kairos data-audit to find them all.");
                }
                day.tickerIds[filled] = id;
                day.open[filled] = rows.getDouble(2, row);
                day.high[filled] = rows.getDouble(3, row);
                day.low[filled] = rows.getDouble(4, row);
                day.close[filled] = rows.getDouble(5, row);
                day.volume[filled] = rows.getDouble(6, row);
                day.closeadj[filled] = rows.getDouble(7, row);
                if (++filled == day.size) {
                    hand(day);
                    day = null;
                    next++;
                }
            }
        }

        void requireComplete() {
            if (day != null || next != days.size()) {
                throw changedWhileReading();
            }
        }

        private KairosException changedWhileReading() {
            return KairosException.failure("The prices changed while features were being built: run kairos features again.");
        }
    }
}
