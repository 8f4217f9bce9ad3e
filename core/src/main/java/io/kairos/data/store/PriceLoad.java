package io.kairos.data.store;

import io.kairos.KairosException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One load into the store, in one transaction: rows are appended to staging tables created inside
 * the transaction, then {@link #commit()} replaces any stored row with the same ticker and date and
 * records the load. A load that is closed without committing, or fails, leaves the store as it was.
 *
 * <p>Rows arrive one of two ways, never both in one load: one by one through {@link #addBar}
 * (sources that compute values), or as ready CSV files through {@link #insertCsvChunk} (sources
 * that read text, which DuckDB parses faster than values can be appended one at a time).
 *
 * <p>Not thread-safe: one thread adds rows (a writer thread of the load's own hands them to
 * DuckDB meanwhile). Bars are staged with tickers as small integer ids (appending a string per row
 * costs about half the appender's throughput) and joined back when merging.
 */
public final class PriceLoad implements AutoCloseable {

    private static final String STAGING_DDL = """
            CREATE OR REPLACE TABLE load_prices (tid INTEGER, date DATE, open DOUBLE, high DOUBLE, low DOUBLE,
                close DOUBLE, volume DOUBLE, closeadj DOUBLE, closeunadj DOUBLE, lastupdated DATE);
            CREATE OR REPLACE TABLE load_tickers (tid INTEGER, ticker VARCHAR);
            CREATE OR REPLACE TABLE load_ticker_info AS SELECT * FROM tickers LIMIT 0;
            CREATE OR REPLACE TABLE load_quarantine AS SELECT file, line, ticker, date, reason, raw FROM sep_quarantine LIMIT 0;
            CREATE OR REPLACE TABLE load_inputs (file VARCHAR);
            """;
    private static final String DROP_STAGING = """
            DROP TABLE load_prices; DROP TABLE load_tickers; DROP TABLE load_ticker_info;
            DROP TABLE load_quarantine; DROP TABLE load_inputs;
            """;

    private static final Logger LOG = LoggerFactory.getLogger(PriceLoad.class);
    private static final int QUARANTINE_EXAMPLES = 10;

    private final PriceStore store;
    private final Connection connection;
    private final String loadId = UUID.randomUUID().toString();
    private final String source;
    private final String parameters;
    private final long startedNanos = System.nanoTime();
    private final Map<String, Integer> tickerIds = new HashMap<>();
    private final Map<String, TickerInfo> tickerInfos = new HashMap<>();
    private final Set<String> inputs = new LinkedHashSet<>();
    private final List<QuarantinedRow> quarantined = new ArrayList<>();
    private BatchAppender prices;
    private ChunkInserter chunks;
    private boolean finished;

    PriceLoad(PriceStore store, String source, String parameters) {
        this.store = store;
        this.connection = store.connection();
        this.source = source;
        this.parameters = parameters;
        try {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute(STAGING_DDL);
            }
        } catch (SQLException e) {
            rollbackQuietly();
            throw KairosException.failure("Cannot start a load into the store: " + e.getMessage(), e);
        }
    }

    /** The staging id of a ticker, registering it on first use. */
    public int tickerId(String ticker) {
        return tickerIds.computeIfAbsent(ticker, name -> tickerIds.size());
    }

    /**
     * Stages one daily bar. {@code NaN} stands for a missing value (stored as NULL); {@code close}
     * must be present.
     */
    public void addBar(int tickerId, long epochDay, double open, double high, double low, double close,
            double volume, double closeAdj, double closeUnadj, long lastUpdatedEpochDay) {
        if (prices == null) {
            if (chunks != null) {
                throw new IllegalStateException("a load takes bars or CSV chunks, not both");
            }
            prices = new BatchAppender(connection);
        }
        BarBatch batch = prices.current();
        int row = batch.size++;
        batch.tickerIds[row] = tickerId;
        batch.epochDays[row] = (int) epochDay;
        batch.open[row] = open;
        batch.high[row] = high;
        batch.low[row] = low;
        batch.close[row] = close;
        batch.volume[row] = volume;
        batch.closeAdj[row] = closeAdj;
        batch.closeUnadj[row] = closeUnadj;
        batch.lastUpdated[row] = (int) lastUpdatedEpochDay;
        if (batch.isFull()) {
            prices.handOver();
        }
    }

    /**
     * Inserts a file of rows in {@code sep_base}'s columns straight into the store, in this load's
     * transaction, while the caller goes on preparing the next one; the file is deleted once read.
     * The caller guarantees that no two rows of the whole load share a ticker and date (the staging
     * check of {@link #addBar} rows does not apply here); stored rows with the same ticker and date are
     * replaced.
     */
    public void insertCsvChunk(CsvChunk chunk) {
        if (chunks == null) {
            if (prices != null) {
                throw new IllegalStateException("a load takes bars or CSV chunks, not both");
            }
            chunks = new ChunkInserter(connection, store.storedTickers());
        }
        chunks.submit(chunk);
    }

    /** Stages one daily bar given as dates. */
    public void addBar(String ticker, LocalDate date, double open, double high, double low, double close,
            double volume, double closeAdj, double closeUnadj, LocalDate lastUpdated) {
        addBar(tickerId(ticker), date.toEpochDay(), open, high, low, close, volume, closeAdj, closeUnadj,
                lastUpdated.toEpochDay());
    }

    /** The tickers staged so far. */
    public Set<String> tickers() {
        return Set.copyOf(tickerIds.keySet());
    }

    /** What the source knows of a name; the last call for a ticker wins. */
    public void addTicker(TickerInfo info) {
        tickerInfos.put(info.ticker(), info);
    }

    /**
     * Records that this load read {@code file}: quarantined rows kept from an earlier load of the
     * same file are replaced by this load's, so re-importing a file never piles up old rejects.
     */
    public void readFrom(String file) {
        inputs.add(file);
    }

    /** Keeps a refused row in {@code sep_quarantine} with its location and reason. */
    public void quarantine(QuarantinedRow row) {
        quarantined.add(row);
    }



    /** Merges the staged rows into the store and records the load, all in one transaction. */
    public LoadSummary commit() {
        if (finished) {
            throw new IllegalStateException("load already finished");
        }
        finished = true;
        PhaseTimer timer = new PhaseTimer();
        try {
            if (prices != null) {
                prices.finish();
            }
            if (chunks != null) {
                chunks.finish();
            }
            timer.mark("staged");
            stageTickers();
            stageQuarantine();
            refuseDuplicates();
            timer.mark("checked");
            try (Statement statement = connection.createStatement()) {
                long replaced = statement.executeUpdate("""
                        DELETE FROM sep_base AS s USING (
                            SELECT t.ticker, p.date FROM load_prices p JOIN load_tickers t USING (tid)) AS k
                        WHERE s.ticker = k.ticker AND s.date = k.date""");
                long inserted = statement.executeUpdate("""
                        INSERT INTO sep_base SELECT t.ticker, p.date, p.open, p.high, p.low, p.close, p.volume,
                            p.closeadj, p.closeunadj, p.lastupdated
                        FROM load_prices p JOIN load_tickers t USING (tid)""");
                timer.mark("merged");
                mergeTickers(statement);
                replaceQuarantine();
                LoadSummary summary = summarize(statement, inserted, replaced);
                recordLoad(summary);
                statement.execute(DROP_STAGING);
                connection.commit();
                connection.setAutoCommit(true);
                timer.mark("committed");
                LOG.info("load {} from {}: {} rows, {} replaced, {} quarantined; {}", loadId, source, summary.rowsInserted(),
                        summary.rowsReplaced(), summary.rowsQuarantined(), timer);
                return summary;
            }
        } catch (SQLException e) {
            rollbackQuietly();
            throw KairosException.failure("The load from " + source + " failed and nothing was written: "
                    + e.getMessage(), e);
        } catch (RuntimeException e) {
            rollbackQuietly();
            throw e;
        }
    }

    private void stageTickers() throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO load_tickers VALUES (?, ?)")) {
            for (Map.Entry<String, Integer> ticker : tickerIds.entrySet()) {
                insert.setInt(1, ticker.getValue());
                insert.setString(2, ticker.getKey());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO load_ticker_info VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (TickerInfo info : tickerInfos.values()) {
                insert.setString(1, info.ticker());
                insert.setString(2, info.name());
                insert.setString(3, info.exchange());
                insert.setString(4, info.sector());
                insert.setString(5, info.industry());
                insert.setObject(6, info.isDelisted());
                insert.setObject(7, info.firstPriceDate());
                insert.setObject(8, info.lastPriceDate());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void stageQuarantine() throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO load_inputs VALUES (?)")) {
            for (String file : inputs) {
                insert.setString(1, file);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (DuckDBAppender rows = connection.unwrap(DuckDBConnection.class).createAppender("main", "load_quarantine")) {
            for (QuarantinedRow row : quarantined) {
                rows.beginRow().append(row.file()).append(row.line()).append(row.ticker()).append(row.date())
                        .append(row.reason()).append(row.raw()).endRow();
            }
        }
    }

    /** Two rows for one ticker and date in one load is a source bug: refuse rather than pick one. */
    private void refuseDuplicates() throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        WITH repeated AS (
                            SELECT tid, date, count(*) AS n FROM load_prices GROUP BY tid, date HAVING count(*) > 1)
                        SELECT t.ticker, r.date, r.n FROM repeated r JOIN load_tickers t USING (tid)
                        ORDER BY t.ticker, r.date LIMIT 5""")) {
            List<String> examples = new ArrayList<>();
            while (rows.next()) {
                examples.add(rows.getString(1) + " " + rows.getDate(2).toLocalDate() + " (" + rows.getLong(3) + " rows)");
            }
            if (!examples.isEmpty()) {
                throw KairosException.failure("The load from " + source + " has more than one row for the same ticker"
                        + " and date, e.g. " + String.join(", ", examples) + "; nothing was written.");
            }
        }
    }

    /**
     * Upserts the names seen in this load: known fields override, unknown ones keep what the store
     * had, and listing dates the source does not give come from the stored prices.
     */
    private static void mergeTickers(Statement statement) throws SQLException {
        statement.execute("""
                INSERT INTO load_ticker_info (ticker)
                SELECT ticker FROM load_tickers WHERE ticker NOT IN (SELECT ticker FROM load_ticker_info)""");
        statement.execute("""
                CREATE OR REPLACE TEMP TABLE load_ticker_merged AS
                WITH span AS (
                    SELECT ticker, min(date) AS first, max(date) AS last FROM sep_base
                    WHERE ticker IN (SELECT ticker FROM load_ticker_info) GROUP BY ticker)
                SELECT i.ticker, coalesce(i.name, o.name) AS name, coalesce(i.exchange, o.exchange) AS exchange,
                    coalesce(i.sector, o.sector) AS sector, coalesce(i.industry, o.industry) AS industry,
                    coalesce(i.isdelisted, o.isdelisted) AS isdelisted,
                    coalesce(i.firstpricedate, span.first, o.firstpricedate) AS firstpricedate,
                    coalesce(i.lastpricedate, span.last, o.lastpricedate) AS lastpricedate
                FROM load_ticker_info i LEFT JOIN tickers o USING (ticker) LEFT JOIN span USING (ticker)""");
        statement.execute("DELETE FROM tickers WHERE ticker IN (SELECT ticker FROM load_ticker_merged)");
        statement.execute("INSERT INTO tickers SELECT * FROM load_ticker_merged ORDER BY ticker");
        statement.execute("DROP TABLE load_ticker_merged");
    }

    /** How long each phase of a commit took, for the log line that records the load. */
    private final class PhaseTimer {
        private final StringBuilder phases = new StringBuilder();
        private long last = System.nanoTime();

        PhaseTimer() {
            phases.append(String.format(java.util.Locale.ROOT, "added in %.3f s", (last - startedNanos) / 1e9));
        }

        void mark(String phase) {
            long now = System.nanoTime();
            phases.append(String.format(java.util.Locale.ROOT, ", %s in %.3f s", phase, (now - last) / 1e9));
            last = now;
        }

        @Override
        public String toString() {
            return phases.toString();
        }
    }

    private void replaceQuarantine() throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM sep_quarantine WHERE source = ? AND file IN (SELECT file FROM load_inputs)");
                PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO sep_quarantine SELECT ?, ?, file, line, ticker, date, reason, raw, now()
                        FROM load_quarantine""")) {
            delete.setString(1, source);
            delete.executeUpdate();
            insert.setString(1, loadId);
            insert.setString(2, source);
            insert.executeUpdate();
        }
    }

    private LoadSummary summarize(Statement statement, long inserted, long replaced) throws SQLException {
        Duration took = Duration.ofNanos(System.nanoTime() - startedNanos);
        List<QuarantinedRow> examples = quarantined.subList(0, Math.min(QUARANTINE_EXAMPLES, quarantined.size()));
        if (chunks != null) {
            return new LoadSummary(loadId, source, chunks.inserted(), chunks.replaced(), quarantined.size(),
                    chunks.tickerCount(), chunks.firstDate(), chunks.lastDate(), took, examples);
        }
        try (ResultSet span = statement.executeQuery(
                "SELECT count(DISTINCT tid), min(date), max(date) FROM load_prices")) {
            span.next();
            return new LoadSummary(loadId, source, inserted, replaced, quarantined.size(), span.getLong(1),
                    span.getObject(2, LocalDate.class), span.getObject(3, LocalDate.class), took, examples);
        }
    }

    private void recordLoad(LoadSummary summary) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO load_log VALUES (?, ?, ?, now() - to_microseconds(?), now(), ?, ?, ?, ?)")) {
            insert.setString(1, loadId);
            insert.setString(2, source);
            insert.setString(3, parameters);
            insert.setLong(4, summary.took().toNanos() / 1000);
            insert.setLong(5, summary.rowsInserted());
            insert.setLong(6, summary.rowsReplaced());
            insert.setLong(7, summary.rowsQuarantined());
            insert.setLong(8, summary.tickers());
            insert.executeUpdate();
        }
    }

    /** Abandons an uncommitted load: the store keeps what it had. */
    @Override
    public void close() {
        if (!finished) {
            finished = true;
            rollbackQuietly();
        }
    }

    private void rollbackQuietly() {
        if (prices != null) {
            prices.abandon();
        }
        if (chunks != null) {
            chunks.abandon();
        }
        try {
            connection.rollback();
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // the connection is unusable; the transaction dies with it
        }
    }
}
