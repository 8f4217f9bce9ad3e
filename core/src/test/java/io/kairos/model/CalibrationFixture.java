package io.kairos.model;

import io.kairos.ops.ArtifactFolder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The research tables as docs/RESEARCH.md describes them (feat_matrix, feature_catalog, labels,
 * predictions, model_registry) and a model folder as kairos train leaves it, filled with small,
 * deterministic data for the calibration and model-status tests of core and the command line.
 */
public final class CalibrationFixture {

    public static final List<String> FEATURES = List.of("mom_20", "vol_20");
    /** What the fixture's metrics.json says validation promised on the test folds. */
    public static final double PROMISED_ACCURACY = 0.55;
    private static final int VALUES_PER_INSERT = 500;
    private static final String PREDICTIONS = "predictions (model_id, ticker, date, fold, score)";
    private static final String LABELS = "labels (ticker, date, horizon, label)";
    private static final String FEATURE_ROWS = "feat_matrix (ticker, date, mom_20, vol_20)";

    private final Connection connection;
    private final Path home;

    /** Creates the tables (empty) in the store behind {@code connection}; model folders go under {@code home}. */
    public CalibrationFixture(Connection connection, Path home) throws SQLException {
        this.connection = connection;
        this.home = home;
        execute("CREATE TABLE IF NOT EXISTS feature_catalog (position INTEGER, name VARCHAR, family VARCHAR,"
                + " window_sessions INTEGER, definition VARCHAR)");
        execute("CREATE TABLE IF NOT EXISTS feat_matrix (ticker VARCHAR, date DATE, mom_20 DOUBLE, vol_20 DOUBLE)");
        execute("CREATE TABLE IF NOT EXISTS labels (ticker VARCHAR, date DATE, horizon INTEGER, exit_date DATE, fwd_ret DOUBLE,"
                + " excess_ret DOUBLE, label INTEGER, tb_label INTEGER, tb_hit_date DATE, delisted INTEGER)");
        execute("CREATE TABLE IF NOT EXISTS predictions (model_id VARCHAR, ticker VARCHAR, date DATE, fold INTEGER,"
                + " score DOUBLE, prob DOUBLE)");
        execute("CREATE TABLE IF NOT EXISTS model_registry (model_id VARCHAR, created_at TIMESTAMP, as_of DATE, folder VARCHAR,"
                + " frequency VARCHAR, horizon INTEGER, seed BIGINT, features INTEGER, train_start DATE, train_end DATE,"
                + " calibration VARCHAR, metrics VARCHAR)");
        if (count("SELECT count(*) FROM feature_catalog") == 0) {
            execute("INSERT INTO feature_catalog VALUES (1, 'mom_20', 'momentum', 20, 'closeadj / closeadj 20 sessions ago - 1'),"
                    + " (2, 'vol_20', 'volatility', 20, 'standard deviation of daily returns over 20 sessions')");
        }
    }

    /**
     * Registers model {@code modelId} (its as-of date, YYYY-MM-DD) trained monthly on [trainStart, trainEnd], and
     * publishes its folder outputs/models/{@code modelId} with model.json, features.json, params.json and
     * {@code metricsJson} as metrics.json. Returns the folder.
     */
    public Path registerModel(String modelId, LocalDate trainStart, LocalDate trainEnd, String metricsJson) throws SQLException {
        String folder = "outputs/models/" + modelId;
        execute("INSERT INTO model_registry VALUES ('" + modelId + "', TIMESTAMP '" + modelId + " 22:00:00', DATE '" + modelId
                + "', '" + folder + "', 'monthly', 20, 42, " + FEATURES.size() + ", DATE '" + trainStart + "', DATE '" + trainEnd
                + "', NULL, '{}')");
        ArtifactFolder artifacts = ArtifactFolder.begin(home.resolve(folder));
        artifacts.write("model.json", "{\"learner\":{}}\n".getBytes(StandardCharsets.UTF_8));
        artifacts.writeJson("features.json", FEATURES);
        artifacts.writeJson("params.json", Map.of("seed", 42));
        artifacts.write("metrics.json", metricsJson.getBytes(StandardCharsets.UTF_8));
        Clock trainedAt = Clock.fixed(LocalDate.parse(modelId).atTime(22, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        return artifacts.publish("train", Map.of(), Map.of(), trainedAt);
    }

    /** The metrics.json of a model whose test folds had {@link #PROMISED_ACCURACY}. */
    public static String metricsWithTestAccuracy() {
        return "{\"folds\": [{\"number\": 1, \"metrics\": {\"accuracy\": 0.6}}], \"testFolds\": {\"accuracy\": " + PROMISED_ACCURACY
                + ", \"auc\": 0.57}, \"overall\": {\"accuracy\": 0.58}}\n";
    }

    /**
     * Out-of-sample predictions of {@code modelId} for {@code tickers} on {@code datesPerFold} weekly dates per fold,
     * folds 1..{@code folds} from {@code start}, with labels; the score is the square of the probability that made the
     * label, so raw scores are miscalibrated. Then one unlabelled fold-0 row per ticker on {@code latest}.
     */
    public void miscalibratedPredictions(String modelId, LocalDate start, int folds, int datesPerFold, int tickers,
            LocalDate latest, long seed) throws SQLException {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> predictions = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int fold = 1; fold <= folds; fold++) {
            for (int d = 0; d < datesPerFold; d++) {
                LocalDate date = start.plusWeeks((long) (fold - 1) * datesPerFold + d);
                for (int t = 0; t < tickers; t++) {
                    double p = random.nextDouble();
                    int label = random.nextDouble() < p ? 1 : 0;
                    predictions.add(predictionRow(modelId, ticker(t), date, fold, p * p));
                    labels.add(labelRow(ticker(t), date, label));
                }
            }
        }
        for (int t = 0; t < tickers; t++) {
            predictions.add(predictionRow(modelId, ticker(t), latest, 0, random.nextDouble()));
        }
        insert(PREDICTIONS, predictions);
        insert(LABELS, labels);
    }

    /** One prediction row, with prob NULL. */
    public void predict(String modelId, String ticker, LocalDate date, int fold, double score) throws SQLException {
        insert(PREDICTIONS, List.of(predictionRow(modelId, ticker, date, fold, score)));
    }

    public void label(String ticker, LocalDate date, int label) throws SQLException {
        insert(LABELS, List.of(labelRow(ticker, date, label)));
    }

    /** One feat_matrix row; NaN stands for NULL. */
    public void featureRow(String ticker, LocalDate date, double mom20, double vol20) throws SQLException {
        insert(FEATURE_ROWS, List.of("('" + ticker + "', DATE '" + date + "', " + number(mom20) + ", " + number(vol20) + ")"));
    }

    /** Many feat_matrix rows at once: {@code rows} of {ticker, date, mom_20, vol_20}. */
    public void featureRows(List<Object[]> rows) throws SQLException {
        List<String> values = new ArrayList<>();
        for (Object[] row : rows) {
            values.add("('" + row[0] + "', DATE '" + row[1] + "', " + number((double) row[2]) + ", " + number((double) row[3]) + ")");
        }
        insert(FEATURE_ROWS, values);
    }

    public static String ticker(int index) {
        return String.format(Locale.ROOT, "T%03d", index);
    }

    public long count(String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    public void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Inserts {@code values}, each a parenthesised row, into {@code target}: a table with its column list. */
    private void insert(String target, List<String> values) throws SQLException {
        for (int from = 0; from < values.size(); from += VALUES_PER_INSERT) {
            execute("INSERT INTO " + target + " VALUES "
                    + String.join(", ", values.subList(from, Math.min(values.size(), from + VALUES_PER_INSERT))));
        }
    }

    private static String predictionRow(String modelId, String ticker, LocalDate date, int fold, double score) {
        return "('" + modelId + "', '" + ticker + "', DATE '" + date + "', " + fold + ", " + number(score) + ")";
    }

    private static String labelRow(String ticker, LocalDate date, int label) {
        return "('" + ticker + "', DATE '" + date + "', 20, " + label + ")";
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "NULL" : Double.toString(value);
    }
}
