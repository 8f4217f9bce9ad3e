package io.kairos.model;

import io.kairos.ops.ArtifactFolder;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a model's folder all or nothing: model.json, features.json, params.json, metrics.json and the
 * manifest. Nothing in them depends on when training ran (that is in the manifest), so the same
 * store, settings and seed give the same bytes.
 */
final class ModelArtifacts {

    static final String STAGE = "train";
    static final String SELECTION = "the highest AUC over the validation dates of the tuning folds; a tie goes to the earlier candidate";

    private ModelArtifacts() {
    }

    /** The folder's parameters: how the model was searched for, chosen, validated and trained. */
    record Params(String modelId, LocalDate asOf, String frequency, int horizon, int embargoSessions, long seed,
            Map<String, Object> fixed, List<HyperParameters> searchSpace, String selection, List<CandidateResult> tuning,
            HyperParameters chosen, List<FoldPlan> folds, FinalTraining finalModel) {
    }

    /** A fold's dates and rows; training dates are every labelled date before the validation block but those listed. */
    record FoldPlan(int number, String role, LocalDate trainingStart, LocalDate trainingEnd, int trainingDates, int trainingRows,
            List<LocalDate> embargoed, List<LocalDate> purged, LocalDate validationStart, LocalDate validationEnd,
            int validationDates, int validationRows) {

        static FoldPlan of(FoldResult result) {
            Fold fold = result.fold();
            return new FoldPlan(fold.number(), fold.role().label(), fold.trainingStart(), fold.trainingEnd(), fold.training().size(),
                    result.trainingRows(), fold.embargoed(), fold.purged(), fold.validationStart(), fold.validationEnd(),
                    fold.validation().size(), result.validationRows());
        }
    }

    /** The folder's metrics. */
    record Metrics(List<FoldOutcome> folds, FoldMetrics testFolds, FoldMetrics overall) {
    }

    record FoldOutcome(int number, String role, LocalDate validationStart, LocalDate validationEnd, FoldMetrics metrics) {

        static FoldOutcome of(FoldResult result) {
            Fold fold = result.fold();
            return new FoldOutcome(fold.number(), fold.role().label(), fold.validationStart(), fold.validationEnd(), result.metrics());
        }
    }

    /** Publishes the folder of {@code report} (its {@code folder}); returns where it went. */
    static Path publish(TrainingReport report, byte[] modelJson, Map<String, Object> inputs, Clock clock) {
        ArtifactFolder folder = ArtifactFolder.begin(report.folder());
        try {
            folder.write(ModelFolder.MODEL, modelJson);
            folder.writeJson(ModelFolder.FEATURES, report.features());
            folder.writeJson(ModelFolder.PARAMS, params(report));
            folder.writeJson(ModelFolder.METRICS, metrics(report));
            return folder.publish(STAGE, inputs, manifestParameters(report), clock);
        } catch (RuntimeException e) {
            folder.abandon();
            throw e;
        }
    }

    static Metrics metrics(TrainingReport report) {
        return new Metrics(report.folds().stream().map(FoldOutcome::of).toList(), report.test(), report.overall());
    }

    private static Params params(TrainingReport report) {
        return new Params(report.modelId(), report.asOf(), report.frequency().label(), report.horizon(), report.embargo(),
                report.seed(), SearchSpace.FIXED, report.candidates().stream().map(CandidateResult::parameters).toList(), SELECTION,
                report.candidates(), report.chosen(), report.folds().stream().map(FoldPlan::of).toList(), report.finalModel());
    }

    private static Map<String, Object> manifestParameters(TrainingReport report) {
        Map<String, Object> parameters = new TreeMap<>();
        parameters.put("as_of", report.asOf().toString());
        parameters.put("frequency", report.frequency().label());
        parameters.put("folds", report.folds().size());
        parameters.put("tuning_folds", report.folds().stream().filter(f -> f.fold().role() == FoldRole.TUNING).count());
        parameters.put("embargo", report.embargo());
        parameters.put("horizon", report.horizon());
        parameters.put("seed", report.seed());
        return parameters;
    }
}
