package io.kairos.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What model-status found about one model: its age against model.max_age_days, feature drift and
 * the live hit rate. Only age makes a model unusable ({@link #stale()}); drift and a weak hit rate are
 * {@link #warnings()} for the operator to weigh.
 *
 * @param ageDays     calendar days from the model's as-of date to today in New York
 * @param staleReason why the model is stale, or null when it is not
 */
public record ModelStatus(String modelId, LocalDate asOf, LocalDate trainStart, LocalDate trainEnd, String calibration,
        LocalDate today, long ageDays, int maxAgeDays, boolean stale, String staleReason, DriftReport drift,
        ModelStatusHitRate hitRate, List<String> warnings) {
}
