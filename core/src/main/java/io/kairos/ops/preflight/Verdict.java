package io.kairos.ops.preflight;

import java.util.List;

/**
 * What one check found.
 *
 * @param reason  one line: what was measured, or what is wrong and what to do
 * @param details more lines for {@code --verbose} (every difference, every stale order), often none
 */
public record Verdict(PreflightStatus status, String reason, List<String> details) {

    public Verdict {
        details = List.copyOf(details);
    }

    public static Verdict pass(String reason) {
        return new Verdict(PreflightStatus.PASS, reason, List.of());
    }

    public static Verdict warn(String reason) {
        return new Verdict(PreflightStatus.WARN, reason, List.of());
    }

    public static Verdict fail(String reason) {
        return new Verdict(PreflightStatus.FAIL, reason, List.of());
    }

    /** This verdict with {@code more} lines for --verbose. */
    public Verdict withDetails(List<String> more) {
        return new Verdict(status, reason, more);
    }
}
