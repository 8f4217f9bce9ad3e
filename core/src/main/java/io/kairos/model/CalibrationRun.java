package io.kairos.model;

import io.kairos.KairosException;
import io.kairos.data.store.PriceStore;
import io.kairos.ops.ArtifactFolder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code kairos calibrate}: fits the calibration of one model on its out-of-sample predictions, writes
 * calibrated probabilities for all its predictions, records the method in model_registry, and adds
 * calibration.json and reliability.svg to its folder. The store changes in one transaction that commits
 * only once the folder is published, so a failure leaves both as they were.
 */
public final class CalibrationRun {

    public static final String STAGE = "calibrate";
    public static final String REPORT_FILE = "calibration.json";
    public static final String DIAGRAM_FILE = "reliability.svg";

    private final Path home;
    private final Clock clock;

    /** @param home where a model folder registered as a relative path is (KAIROS_HOME) */
    public CalibrationRun(Path home, Clock clock) {
        this.home = home;
        this.clock = clock;
    }

    /** What a run did. */
    public record Result(CalibrationReport report, long probabilitiesWritten, Path folder) {
    }

    /** Calibrates {@code modelId}, or the latest model when it is null. */
    public Result run(PriceStore store, String modelId) {
        Connection connection = store.connection();
        CalibrationRegistry registry = new CalibrationRegistry(connection);
        CalibrationRegistry.Entry model = registry.find(modelId);
        Path folder = model.folderUnder(home);
        if (!Files.isDirectory(folder)) {
            throw KairosException.failure("The folder of model " + model.modelId() + ", " + folder
                    + ", is missing: retrain the model with kairos train.");
        }
        CalibrationFit fit = CalibrationFit.choose(model.modelId(), CalibrationSample.load(connection, model.modelId()));
        try {
            connection.setAutoCommit(false);
            try {
                long written = CalibrationPredictions.write(connection, model.modelId(), fit.curve());
                registry.recordCalibration(model.modelId(), fit.curve().method());
                Path published = publish(folder, fit.report(), store);
                connection.commit();
                return new Result(fit.report(), written, published);
            } catch (RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw KairosException.failure("Cannot save the calibration of model " + model.modelId() + ": " + e.getMessage(), e);
        }
    }

    private Path publish(Path target, CalibrationReport report, PriceStore store) {
        ArtifactFolder folder = ArtifactFolder.extend(target);
        try {
            folder.writeJson(REPORT_FILE, report);
            folder.write(DIAGRAM_FILE, ReliabilityDiagram.svg(report).getBytes(StandardCharsets.UTF_8));
            Map<String, Object> inputs = new TreeMap<>();
            inputs.put("store", store.file().toString());
            inputs.put("model_id", report.modelId());
            Map<String, Object> parameters = new TreeMap<>();
            parameters.put("method", report.method());
            parameters.put("clip", report.clip());
            parameters.put("bins", ReliabilityBin.BINS);
            return folder.publish(STAGE, inputs, parameters, clock);
        } catch (RuntimeException e) {
            folder.abandon();
            throw e;
        }
    }
}
