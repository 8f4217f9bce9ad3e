package io.kairos.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Feature drift of a model: each feature's PSI between the feature rows on the model's training sample
 * dates and those of the latest sessions, or why it could not be measured.
 *
 * @param unavailable why drift was not measured (missing tables, no rows), or null when it was
 * @param features    in feature_catalog order
 */
public record DriftReport(double psiAlert, String unavailable, Window training, Window latest, List<DriftFeature> features) {

    /** The feat_matrix rows a side of the comparison rests on. */
    public record Window(long dates, LocalDate first, LocalDate last, long rows) {
    }

    static DriftReport unavailable(double psiAlert, String why) {
        return new DriftReport(psiAlert, why, null, null, List.of());
    }

    /** The features whose PSI is above the alert level. */
    public List<DriftFeature> drifted() {
        return features.stream().filter(DriftFeature::drifted).toList();
    }
}
