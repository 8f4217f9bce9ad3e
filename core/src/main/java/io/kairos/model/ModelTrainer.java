package io.kairos.model;

import io.kairos.KairosException;
import io.kairos.calendar.NyseCalendar;
import io.kairos.calendar.RebalanceSchedule;
import io.kairos.data.store.PriceStore;
import io.kairos.ops.ProgressListener;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code kairos train}: reads the feature matrix at the sample dates with their labels, validates
 * purged walk-forward with hyperparameters tuned on the tuning folds, trains the final model on every
 * labelled sample, and writes the model folder, the predictions and the model_registry row. The store
 * changes in one transaction that commits only once the folder is published.
 */
public final class ModelTrainer {

    private static final Logger LOG = LoggerFactory.getLogger(ModelTrainer.class);

    private final NyseCalendar calendar;
    private final Clock clock;

    public ModelTrainer(NyseCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    public TrainingReport train(PriceStore store, TrainingRequest request, ProgressListener progress) {
        PhaseTimer timer = new PhaseTimer();
        TrainingSource source = TrainingSource.of(store.connection());
        LocalDate latest = source.lastDate(request.asOf());
        LocalDate asOf = request.asOf() != null ? request.asOf() : latest;
        List<LocalDate> sampleDates = new RebalanceSchedule(calendar, request.frequency()).between(source.firstDate(),
                latest);
        SampleReader reader = new SampleReader(store.connection(), source.features(), asOf);
        progress.begin("reading samples", -1, "rows");
        try (LabelledSamples labelled = reader.labelled(sampleDates)) {
            List<LocalDate> labelledDates = labelled.samples().dates();
            if (labelledDates.isEmpty()) {
                throw KairosException.usage("No labelled samples: none of the " + sampleDates.size() + " " + request.frequency().label()
                        + " sample dates up to " + latest + " has a label that ends by " + asOf + ". Run kairos labels first.");
            }
            List<Fold> folds = new WalkForwardPlan(calendar, request.settings()).folds(labelledDates, labelled.lastExits());
            try (Samples toScore = reader.unlabelled(scoringDates(sampleDates, labelledDates, latest, request.forward()))) {
                progress.end(String.format("%,d labelled samples on %,d dates; %,d rows to score", labelled.samples().rows(),
                        labelledDates.size(), toScore.rows()));
                timer.lap("read");

                long seed = request.settings().seed();
                long tuningFolds = folds.stream().filter(fold -> fold.role() == FoldRole.TUNING).count();
                progress.begin("training", SearchSpace.CANDIDATES.size() * tuningFolds + folds.size() - tuningFolds + 1, "models");
                long[] trained = {0};
                Runnable modelTrained = () -> progress.advance(++trained[0]);
                ValidationResult validation = new WalkForwardValidation(labelled, source.features(), seed, modelTrained)
                        .run(folds, SearchSpace.CANDIDATES);
                timer.lap("validate");
                FinalModel finalModel = FinalModel.train(labelled, toScore, source.features(), validation.chosen(), seed);
                modelTrained.run();
                progress.end("chose " + validation.chosen());
                timer.lap("final");

                TrainingReport report = report(request, asOf, source, labelled, validation, toScore);
                write(store, report, labelled, validation, toScore, finalModel);
                timer.lap("write");
                LOG.info("trained model {} with {}: test AUC {}, in {}", report.modelId(), report.chosen(), report.test().auc(),
                        report.folder());
                return report.withTimings(timer.laps());
            }
        }
    }

    private TrainingReport report(TrainingRequest request, LocalDate asOf, TrainingSource source, LabelledSamples labelled,
            ValidationResult validation, Samples toScore) {
        List<LocalDate> labelledDates = labelled.samples().dates();
        String modelId = asOf.toString();
        FinalTraining finalTraining = new FinalTraining(labelledDates.get(0), labelledDates.get(labelledDates.size() - 1),
                labelledDates.size(), labelled.samples().rows(), toScore.dates(), toScore.rows());
        return new TrainingReport(modelId, ModelFolder.of(request.outputs(), modelId).toAbsolutePath().normalize(), asOf,
                request.frequency(), source.labelHorizon(), request.settings().embargo(), request.settings().seed(),
                source.features(), validation.candidates(), validation.chosen(), validation.folds(), validation.test(),
                validation.overall(), finalTraining, Map.of());
    }

    /** The store's rows and the folder, together: the transaction commits only once the folder is published. */
    private void write(PriceStore store, TrainingReport report, LabelledSamples labelled, ValidationResult validation,
            Samples toScore, FinalModel finalModel) {
        Connection connection = store.connection();
        try {
            ModelTables.createIfMissing(connection);
            connection.setAutoCommit(false);
            try {
                TrainingRecords records = new TrainingRecords(connection, report.modelId());
                records.deletePrevious();
                records.insertPredictions(labelled, validation.folds(), validation.outOfSampleScores(), toScore, finalModel.scores());
                records.register(report, clock.instant());
                ModelArtifacts.publish(report, finalModel.json(), inputs(store, report), clock);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw KairosException.failure("Cannot record model " + report.modelId() + " in the store: " + e.getMessage(), e);
        }
    }

    private static Map<String, Object> inputs(PriceStore store, TrainingReport report) {
        return Map.of("store", store.file().toString(), "features", report.features().size(),
                "labelled_samples", report.finalModel().trainingRows(), "scored_rows", report.finalModel().scoredRows());
    }

    /** The sample dates after the last labelled one, the latest date of the feature matrix, and the forward dates. */
    private static List<LocalDate> scoringDates(List<LocalDate> sampleDates, List<LocalDate> labelledDates, LocalDate latest,
            List<LocalDate> forward) {
        LocalDate lastLabelled = labelledDates.get(labelledDates.size() - 1);
        TreeSet<LocalDate> dates = new TreeSet<>();
        sampleDates.stream().filter(date -> date.isAfter(lastLabelled)).forEach(dates::add);
        dates.add(latest);
        dates.addAll(forward);
        return new ArrayList<>(dates);
    }
}
