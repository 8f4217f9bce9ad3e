package io.kairos.ops.preflight;

import java.util.List;

/**
 * One line of the preflight report.
 *
 * @param check   the check's name
 * @param reason  one line
 * @param rule    the check's rule, what to do on a FAIL (shown with --verbose)
 * @param details more lines (shown with --verbose)
 */
public record PreflightOutcome(String check, PreflightStatus status, String reason, String rule, List<String> details) {

    public PreflightOutcome {
        details = List.copyOf(details);
    }
}
