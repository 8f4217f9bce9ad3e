package io.kairos.model;

import io.kairos.calendar.NyseCalendar;
import io.kairos.calendar.RebalanceFrequency;
import io.kairos.config.KairosConfig;
import io.kairos.data.store.PriceStore;
import io.kairos.data.store.StoreSettings;
import io.kairos.ops.ProgressListener;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The entry point of the training benchmark: trains on an existing store (feat_matrix, feature_catalog
 * and labels present) as {@code kairos train} would, and returns the figures to report.
 */
public final class TrainingBench {

    private TrainingBench() {
    }

    /**
     * Trains as of the store's last feature date and returns: samples, features, dates, folds, scored rows,
     * the seconds of each phase (read, validate, final, write) and in all, and the test folds' AUC.
     */
    public static Map<String, Object> run(Path db, Path outputs, RebalanceFrequency frequency, KairosConfig.Model settings,
            StoreSettings storeSettings) {
        try (PriceStore store = PriceStore.open(db, PriceStore.Access.READ_WRITE, storeSettings)) {
            TrainingReport report = new ModelTrainer(NyseCalendar.create(), Clock.systemUTC())
                    .train(store, new TrainingRequest(null, frequency, settings, outputs), ProgressListener.NONE);
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("samples", report.finalModel().trainingRows());
            figures.put("features", report.features().size());
            figures.put("sample_dates", report.finalModel().trainingDates());
            figures.put("folds", report.folds().size());
            figures.put("scored_rows", report.finalModel().scoredRows());
            Duration total = Duration.ZERO;
            for (Map.Entry<String, Duration> phase : report.timings().entrySet()) {
                figures.put(phase.getKey() + "_seconds", phase.getValue().toNanos() / 1e9);
                total = total.plus(phase.getValue());
            }
            figures.put("seconds", total.toNanos() / 1e9);
            figures.put("test_auc", report.test().auc());
            figures.put("chosen", report.chosen().toString());
            return figures;
        }
    }
}
