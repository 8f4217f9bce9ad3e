package io.kairos.risk;

import java.time.Instant;

/**
 * Why the kill switch is on, since when, and what turned it on.
 *
 * @param trippedAt null when the file could not be read (the switch is on all the same)
 * @param trippedBy the operator's command (with the user when known) or the guard that tripped it
 */
public record KillSwitchState(String reason, Instant trippedAt, String trippedBy) {

    /** One line: {@code since 2026-11-20T22:00:00Z by drawdown guard: daily loss 5.20% ...}. */
    public String describe() {
        return (trippedAt == null ? "since an unknown time" : "since " + trippedAt) + (trippedBy == null ? "" : " by " + trippedBy)
                + ": " + reason;
    }
}
