package io.kairos.model;

import io.kairos.KairosException;
import io.kairos.calendar.NyseCalendar;
import io.kairos.calendar.RebalanceFrequency;
import io.kairos.calendar.RebalanceSchedule;
import io.kairos.data.store.ArrowQuery;
import io.kairos.data.store.StoreTables;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;

/**
 * Measures feature drift for model-status. The training side is the feat_matrix rows on the model's
 * training sample dates: the rebalance days of the model's frequency within [train_start, train_end],
 * as training chose them ({@link RebalanceSchedule#between}). The latest side is the
 * feat_matrix rows of its last {@value #LATEST_SESSIONS} dates. Features are the feature_catalog names
 * that are feat_matrix columns.
 */
public final class DriftCheck {

    static final int LATEST_SESSIONS = 5;
    private static final int BATCH_ROWS = 65_536;

    private final Connection connection;
    private final NyseCalendar calendar;
    private final double psiAlert;

    public DriftCheck(Connection connection, NyseCalendar calendar, double psiAlert) {
        this.connection = connection;
        this.calendar = calendar;
        this.psiAlert = psiAlert;
    }

    public DriftReport measure(CalibrationRegistry.Entry model) {
        try {
            if (!StoreTables.exists(connection, "feat_matrix") || !StoreTables.exists(connection, "feature_catalog")) {
                return DriftReport.unavailable(psiAlert, "no feat_matrix or feature_catalog in the store: run kairos features");
            }
            if (model.trainStart() == null || model.trainEnd() == null) {
                return DriftReport.unavailable(psiAlert, "model_registry has no training range for model " + model.modelId());
            }
            List<String> features = features();
            if (features.isEmpty()) {
                return DriftReport.unavailable(psiAlert, "feature_catalog names no column of feat_matrix");
            }
            List<LocalDate> sampleDates = new RebalanceSchedule(calendar, RebalanceFrequency.parse(model.frequency()))
                    .between(model.trainStart(), model.trainEnd());
            String trainingDates = SqlText.dates(sampleDates);
            DriftReport.Window training = sampleDates.isEmpty() ? new DriftReport.Window(0, null, null, 0) : window(trainingDates);
            if (training.rows() == 0) {
                return DriftReport.unavailable(psiAlert, "feat_matrix has no rows on the training dates of model " + model.modelId()
                        + " (" + model.trainStart() + " to " + model.trainEnd() + ")");
            }
            String latestDates = "SELECT DISTINCT date FROM feat_matrix ORDER BY date DESC LIMIT " + LATEST_SESSIONS;
            DriftReport.Window latest = window(latestDates);
            double[][] trainingValues = values(features, trainingDates);
            double[][] latestValues = values(features, latestDates);
            List<DriftFeature> drift = new ArrayList<>(features.size());
            for (int f = 0; f < features.size(); f++) {
                double psi = PsiBins.fromTraining(trainingValues[f]).psi(latestValues[f]);
                drift.add(new DriftFeature(features.get(f), psi, psi > psiAlert, missingShare(trainingValues[f]),
                        missingShare(latestValues[f])));
            }
            return new DriftReport(psiAlert, null, training, latest, List.copyOf(drift));
        } catch (SQLException e) {
            throw KairosException.failure("Cannot read the features for drift: " + e.getMessage(), e);
        }
    }

    /** The catalog's features, by position, that feat_matrix has as columns. */
    private List<String> features() throws SQLException {
        Set<String> columns = new HashSet<>(strings(
                "SELECT column_name FROM information_schema.columns WHERE table_name = 'feat_matrix'"));
        return strings("SELECT name FROM feature_catalog ORDER BY position").stream().filter(columns::contains).toList();
    }

    private DriftReport.Window window(String dates) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(DISTINCT date), min(date), max(date), count(*)"
                        + " FROM feat_matrix WHERE date IN (" + dates + ")")) {
            rows.next();
            return new DriftReport.Window(rows.getLong(1), rows.getObject(2, LocalDate.class), rows.getObject(3, LocalDate.class),
                    rows.getLong(4));
        }
    }

    /** Each feature's values on {@code dates}, NaN for NULL. */
    private double[][] values(List<String> features, String dates) {
        List<DoubleStream.Builder> builders = features.stream().map(name -> DoubleStream.builder()).toList();
        String columns = features.stream().map(StoreTables::identifier).collect(Collectors.joining(", "));
        ArrowQuery.forEachBatch(connection, "SELECT " + columns + " FROM feat_matrix WHERE date IN (" + dates + ")", BATCH_ROWS,
                batch -> {
                    for (int f = 0; f < builders.size(); f++) {
                        for (int row = 0; row < batch.size(); row++) {
                            builders.get(f).add(batch.getDouble(f, row));
                        }
                    }
                });
        return builders.stream().map(builder -> builder.build().toArray()).toArray(double[][]::new);
    }

    private List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static double missingShare(double[] values) {
        return values.length == 0 ? 0 : (double) Arrays.stream(values).filter(Double::isNaN).count() / values.length;
    }
}
