package io.kairos.model;

import java.time.LocalDate;

/**
 * How old a model is against {@code model.max_age_days}.
 *
 * @param days calendar days from the model's as-of date to today in New York
 */
public record ModelAge(String modelId, LocalDate asOf, LocalDate today, long days, int maxDays) {

    /** Older than model.max_age_days: the model is unfit to use. */
    public boolean stale() {
        return days > maxDays;
    }

    /** Why the model is stale, or null when it is not. */
    public String staleReason() {
        return stale() ? "model " + modelId + " is " + days + " days old, beyond model.max_age_days (" + maxDays
                + "): retrain it with kairos train." : null;
    }
}
