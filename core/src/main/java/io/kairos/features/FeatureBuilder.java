package io.kairos.features;

import io.kairos.KairosException;
import io.kairos.data.store.PriceStore;
import io.kairos.ops.ProgressListener;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.duckdb.DuckDBConnection;

/**
 * Builds {@code feat_matrix} from {@code sep_base} and {@code tickers}: the whole table, or (the
 * default, once a build exists) only the dates after the last build. Each run is one transaction.
 * An incremental run refuses when prices it built from have changed since, because the stored rows
 * would no longer match a rebuild.
 *
 * <p>Prices are read on a second connection of the same database (see {@link FeatureStream}) while
 * the store's connection inserts the feature rows.
 */
public final class FeatureBuilder {

    /** What the operator asked for. */
    public enum Mode {
        /** Add the dates after the last build (a full build when there is none). */
        INCREMENTAL,
        /** Recompute every date into a fresh feat_matrix. */
        REBUILD
    }

    private static final String REBUILD_ADVICE = "Run kairos features --rebuild to recompute every date.";

    private FeatureBuilder() {
    }

    /** {@link #build(PriceStore, Mode, ProgressListener, Clock)} on the system clock. */
    public static FeatureBuildSummary build(PriceStore store, Mode mode, ProgressListener progress) {
        return build(store, mode, progress, Clock.systemUTC());
    }

    /** Builds the features; {@code clock} stamps the build record. */
    public static FeatureBuildSummary build(PriceStore store, Mode mode, ProgressListener progress, Clock clock) {
        long started = System.nanoTime();
        Connection connection = store.connection();
        try (Connection reader = connection.unwrap(DuckDBConnection.class).duplicate()) {
            Optional<FeatureTables.LastBuild> last = mode == Mode.REBUILD ? Optional.empty()
                    : FeatureTables.lastBuild(connection);
            PriceSnapshot prices = PriceSnapshot.read(reader, last.map(FeatureTables.LastBuild::lastDate).orElse(null));
            if (prices.empty()) {
                throw KairosException.failure("No prices in the store: run kairos download first.");
            }
            Plan plan;
            if (last.isEmpty()) {
                plan = new Plan(FeatureBuildSummary.Kind.FULL, mode == Mode.REBUILD ? "rebuild requested" : "no earlier build",
                        prices.firstDate(), null);
            } else {
                LocalDate lastBuilt = last.get().lastDate();
                refuseIfStale(connection, last.get(), prices);
                if (!prices.lastDate().isAfter(lastBuilt)) {
                    return new FeatureBuildSummary(FeatureBuildSummary.Kind.UP_TO_DATE, "no prices after " + lastBuilt, null,
                            lastBuilt, 0, 0, Feature.values().length, 0, Duration.ofNanos(System.nanoTime() - started));
                }
                plan = new Plan(FeatureBuildSummary.Kind.INCREMENTAL, "new prices after " + lastBuilt, prices.historyStart(),
                        lastBuilt);
            }
            return run(connection, reader, plan, prices, progress, clock, started);
        } catch (SQLException e) {
            throw KairosException.failure("Cannot build the features: " + e.getMessage(), e);
        }
    }

    /** A run to do: read prices from {@code readFrom}, write the dates after {@code writeAfter} (all when null). */
    private record Plan(FeatureBuildSummary.Kind kind, String reason, LocalDate readFrom, LocalDate writeAfter) {
    }

    private static void refuseIfStale(Connection connection, FeatureTables.LastBuild last, PriceSnapshot prices)
            throws SQLException {
        List<String> stored = FeatureTables.matrixFeatures(connection);
        List<String> catalog = Arrays.stream(Feature.values()).map(Feature::column).toList();
        if (!stored.equals(catalog)) {
            throw new KairosException(KairosException.Kind.REFUSED, "feat_matrix holds " + stored.size()
                    + " feature columns that differ from the " + catalog.size() + " this kairos computes. " + REBUILD_ADVICE);
        }
        if (!prices.builtThrough().equals(last.prices())) {
            throw new KairosException(KairosException.Kind.REFUSED, String.format(Locale.ROOT,
                    "Prices or sectors dated on or before %s changed since the features were built (%,d price rows then, %,d now;"
                            + " a reload, a correction, or a split or dividend restating history), so the stored features"
                            + " no longer match them. %s",
                    last.lastDate(), last.prices().rows(), prices.builtThrough().rows(), REBUILD_ADVICE));
        }
    }

    private static FeatureBuildSummary run(Connection connection, Connection reader, Plan plan, PriceSnapshot prices,
            ProgressListener progress, Clock clock, long started) throws SQLException {
        int writeFrom = plan.writeAfter() == null ? Integer.MIN_VALUE : (int) plan.writeAfter().toEpochDay() + 1;
        connection.setAutoCommit(false);
        try {
            if (plan.kind() == FeatureBuildSummary.Kind.FULL) {
                FeatureTables.recreate(connection);
            }
            Universe universe = Universe.load(reader, plan.readFrom());
            List<DayCount> days = DayCount.from(reader, plan.readFrom());
            long toRead = days.stream().mapToLong(DayCount::rows).sum();
            progress.begin("features", toRead, "price rows");
            FeatureStream.Written written = FeatureStream.write(connection, reader, universe, days, writeFrom, progress);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            LocalDate firstDate = LocalDate.ofEpochDay(written.firstDay());
            FeatureTables.record(connection, new FeatureTables.BuildRecord(clock.instant(),
                    plan.kind().name().toLowerCase(Locale.ROOT), firstDate, prices.lastDate(), written.rows(),
                    took.toNanos() / 1e9, prices.all()));
            connection.commit();
            FeatureBuildSummary summary = new FeatureBuildSummary(plan.kind(), plan.reason(), firstDate, prices.lastDate(),
                    written.rows(), written.tickers(), Feature.values().length, written.pricesRead(), took);
            progress.end(String.format(Locale.ROOT, "%,d rows x %d features, %s to %s, in %.1f s", written.rows(),
                    summary.features(), firstDate, prices.lastDate(), took.toMillis() / 1000.0));
            return summary;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }
}
