package io.kairos.http;

import java.time.Duration;

/**
 * How hard a GET tries before giving up: at most {@code maxAttempts} requests in all, waiting
 * between them a random time up to {@code initialBackoff} doubled after every failure and capped at
 * {@code maxBackoff} ("full jitter"), unless the service says how long to wait.
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {

    /** Five attempts, backing off from half a second up to 30 seconds. */
    public static final RetryPolicy DEFAULTS = new RetryPolicy(5, Duration.ofMillis(500), Duration.ofSeconds(30));

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
        }
        if (initialBackoff == null || initialBackoff.isNegative()) {
            throw new IllegalArgumentException("initialBackoff must be zero or more, got " + initialBackoff);
        }
        if (maxBackoff == null || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("maxBackoff must be at least initialBackoff, got " + maxBackoff);
        }
    }
}
