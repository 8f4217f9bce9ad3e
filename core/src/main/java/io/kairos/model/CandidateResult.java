package io.kairos.model;

/** A candidate of the search space and its AUC over the validation dates of the tuning folds (null when undefined). */
public record CandidateResult(HyperParameters parameters, Double tuningAuc) {
}
