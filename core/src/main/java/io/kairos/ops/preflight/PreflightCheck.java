package io.kairos.ops.preflight;

/**
 * One named check of {@code kairos preflight}. A check that throws is a FAIL with the error's message; one whose
 * prerequisite is missing (the configuration, the store, the broker) is skipped with the status that prerequisite
 * deserves ({@link PreflightSkip}).
 */
public interface PreflightCheck {

    /** A short name, e.g. "kill switch off". */
    String name();

    /** What the check looks at, its PASS, WARN and FAIL rule and what to do on a FAIL: the --verbose explanation. */
    String rule();

    Verdict run(PreflightSubject subject);
}
