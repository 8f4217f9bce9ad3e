package io.kairos.ops.preflight;

/**
 * A check cannot run because something it needs is missing: the configuration is invalid, there is no store, the
 * broker cannot be reached. The check is reported with this status and "skipped: " and the reason.
 */
public final class PreflightSkip extends RuntimeException {

    private final PreflightStatus status;

    public PreflightSkip(PreflightStatus status, String reason) {
        super(reason);
        this.status = status;
    }

    public PreflightStatus status() {
        return status;
    }
}
