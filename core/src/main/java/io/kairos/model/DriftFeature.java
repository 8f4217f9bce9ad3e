package io.kairos.model;

/**
 * One feature's drift between the training sample and the latest week.
 *
 * @param psi             population stability index (see {@link PsiBins})
 * @param drifted         whether the PSI is above model.psi_alert
 * @param trainingMissing share of training rows where the feature is NULL
 * @param latestMissing   share of latest rows where the feature is NULL
 */
public record DriftFeature(String name, double psi, boolean drifted, double trainingMissing, double latestMissing) {
}
