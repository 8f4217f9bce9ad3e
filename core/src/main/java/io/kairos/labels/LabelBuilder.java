package io.kairos.labels;

import io.kairos.KairosException;
import io.kairos.calendar.NyseCalendar;
import io.kairos.config.KairosConfig;
import io.kairos.data.store.PriceStore;
import io.kairos.ops.ProgressListener;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds the {@code labels} table from the stored prices: forward and excess returns over the
 * horizon, the binary label and the triple-barrier outcome of every (ticker, date) whose label is
 * complete (docs/RESEARCH.md defines each column and edge case). The whole table is replaced in one
 * transaction, because labels near the end of the data change as the data extends; a failed run
 * leaves the previous table as it was.
 */
public final class LabelBuilder {

    private static final Logger LOG = LoggerFactory.getLogger(LabelBuilder.class);

    private final NyseCalendar calendar;
    private final KairosConfig.Labels settings;

    public LabelBuilder(NyseCalendar calendar, KairosConfig.Labels settings) {
        this.calendar = calendar;
        this.settings = settings;
    }

    public LabelSummary build(PriceStore store, ProgressListener progress) {
        long startedNanos = System.nanoTime();
        Connection connection = store.connection();
        try {
            Span span = storeSpan(connection);
            connection.setAutoCommit(false);
            try {
                StoredPrices prices = StoredPrices.read(connection);
                HorizonWalk walk = new HorizonWalk(new ExitSessions(calendar, span.first(), span.last(), settings.horizon()));
                TickerLabeler labeler = new TickerLabeler(walk, CrossSectionMedians.of(prices, walk), settings);
                write(connection, prices, labeler, progress);
                LabelCounts written = LabelsTable.count(connection);
                connection.commit();
                LabelSummary summary = new LabelSummary(written, labeler.endOfData(), labeler.afterTickerEnd(),
                        Duration.ofNanos(System.nanoTime() - startedNanos));
                progress.end(String.format(Locale.ROOT, "%,d label rows for %,d tickers in %.1f s", written.rows(),
                        written.tickers(), summary.took().toMillis() / 1000.0));
                LOG.info("labels rebuilt with {}: {}", settings, summary);
                return summary;
            } catch (SQLException | RuntimeException e) {
                rollback(connection, e);
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw KairosException.failure("Cannot rebuild the labels in " + store.file() + " (nothing was changed): "
                    + e.getMessage(), e);
        }
    }

    private record Span(LocalDate first, LocalDate last) {
    }

    /** The first and last dates of the store; refuses a store without prices. */
    private static Span storeSpan(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet span = statement.executeQuery("SELECT min(date), max(date) FROM sep_base")) {
            span.next();
            if (span.getObject(1) == null) {
                throw KairosException.failure("No prices in the store: run kairos download first.");
            }
            return new Span(span.getObject(1, LocalDate.class), span.getObject(2, LocalDate.class));
        }
    }

    /** Undoes the run; a failure to do so is kept with the error that caused it. */
    private static void rollback(Connection connection, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /** Writes the labels ticker by ticker, so that the table is in (ticker, date) order. */
    private void write(Connection connection, StoredPrices prices, TickerLabeler labeler, ProgressListener progress)
            throws SQLException {
        LabelsTable.recreate(connection);
        progress.begin("labels", prices.tickers(), "tickers");
        try (LabelRows rows = new LabelRows(connection, settings.horizon())) {
            for (int ticker = 0; ticker < prices.tickers(); ticker++) {
                labeler.label(prices.series(ticker), rows);
                progress.advance(ticker + 1L);
            }
            rows.finish();
        }
    }
}
