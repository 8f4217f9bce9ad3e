package io.kairos.model;

import io.kairos.KairosException;
import io.kairos.calendar.NyseCalendar;
import io.kairos.config.KairosConfig;
import io.kairos.data.store.PriceStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** {@code kairos model-status}: the age, drift and live hit rate of one model, read-only. */
public final class ModelStatusCheck {

    private final KairosConfig.Model settings;
    private final NyseCalendar calendar;
    private final Path home;

    /**
     * @param calendar the sessions the model's rebalance days were chosen from
     * @param home     where a model folder registered as a relative path is (KAIROS_HOME)
     */
    public ModelStatusCheck(KairosConfig.Model settings, NyseCalendar calendar, Path home) {
        this.settings = settings;
        this.calendar = calendar;
        this.home = home;
    }

    /** The status of {@code modelId}, or of the latest model when it is null, as of {@code today} (New York). */
    public ModelStatus check(PriceStore store, String modelId, LocalDate today) {
        CalibrationRegistry.Entry model = new CalibrationRegistry(store.connection()).find(modelId);
        ModelAge age = age(model, today);
        DriftReport drift = new DriftCheck(store.connection(), calendar, settings.psiAlert()).measure(model);
        ModelStatusHitRate hitRate = ModelStatusHitRate.measure(store.connection(), model, model.folderUnder(home));
        return new ModelStatus(model.modelId(), model.asOf(), model.trainStart(), model.trainEnd(), model.calibration(), today,
                age.days(), age.maxDays(), age.stale(), age.staleReason(), drift, hitRate, warnings(drift, hitRate));
    }

    /** The age alone of {@code modelId}, or of the latest model when it is null: cheap, no drift or hit rate. */
    public ModelAge age(PriceStore store, String modelId, LocalDate today) {
        return age(new CalibrationRegistry(store.connection()).find(modelId), today);
    }

    private ModelAge age(CalibrationRegistry.Entry model, LocalDate today) {
        if (model.asOf() == null) {
            throw KairosException.failure("model_registry has no as_of date for model " + model.modelId()
                    + ", so its age is unknown: retrain it with kairos train.");
        }
        return new ModelAge(model.modelId(), model.asOf(), today, ChronoUnit.DAYS.between(model.asOf(), today), settings.maxAgeDays());
    }

    private static List<String> warnings(DriftReport drift, ModelStatusHitRate hitRate) {
        List<String> warnings = new ArrayList<>();
        List<DriftFeature> drifted = drift.drifted();
        if (!drifted.isEmpty()) {
            warnings.add(drifted.size() + " of " + drift.features().size() + " features drifted (PSI above "
                    + number(drift.psiAlert(), 2) + "): " + drifted.stream()
                            .map(feature -> feature.name() + " " + number(feature.psi(), 2)).collect(Collectors.joining(", ")));
        }
        if (hitRate.weak()) {
            warnings.add("live hit rate " + percent(hitRate.rate()) + " on " + hitRate.rows() + " predictions is more than two"
                    + " standard errors below the " + percent(hitRate.promised()) + " validation promised");
        }
        return List.copyOf(warnings);
    }

    private static String number(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }
}
