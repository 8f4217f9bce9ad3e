package io.kairos.ops.preflight;

/** A check's outcome: FAIL makes the preflight refuse (exit 3); WARN is for the operator to weigh. */
public enum PreflightStatus {
    PASS,
    WARN,
    FAIL
}
