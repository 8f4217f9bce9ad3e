package io.kairos.http;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import okhttp3.Response;

/** How long to wait before the next attempt, from the policy or from what the service said. */
final class Backoff {

    private final RetryPolicy policy;
    private final RetryTiming timing;

    Backoff(RetryPolicy policy, RetryTiming timing) {
        this.policy = policy;
        this.timing = timing;
    }

    /**
     * Full jitter: a random wait up to the initial backoff doubled once per earlier failure, capped
     * at the policy's maximum, so that clients failing together do not retry together.
     */
    Duration afterFailure(int failedAttempts) {
        Duration ceiling = policy.initialBackoff();
        for (int i = 1; i < failedAttempts && ceiling.compareTo(policy.maxBackoff()) < 0; i++) {
            ceiling = ceiling.multipliedBy(2);
        }
        if (ceiling.compareTo(policy.maxBackoff()) > 0) {
            ceiling = policy.maxBackoff();
        }
        return scaled(ceiling, timing.jitter().getAsDouble());
    }

    /**
     * The wait the service asked for, if any: {@code Retry-After} in seconds, or on a 429 Alpaca's
     * {@code X-RateLimit-Reset} (epoch seconds when the window reopens) plus a little jitter, since
     * every client throttled in that window wakes at the same second.
     */
    Optional<Duration> askedByService(Response response) {
        Optional<Long> retryAfter = wholeNumber(response.header("Retry-After"));
        if (retryAfter.isPresent() && retryAfter.get() >= 0) {
            return Optional.of(Duration.ofSeconds(retryAfter.get()));
        }
        Optional<Long> reset = wholeNumber(response.header("X-RateLimit-Reset"));
        if (response.code() == 429 && reset.isPresent()) {
            Duration untilReset = Duration.between(timing.clock().instant(), Instant.ofEpochSecond(reset.get()));
            Duration wait = untilReset.isNegative() ? Duration.ZERO : untilReset;
            return Optional.of(wait.plus(scaled(policy.initialBackoff(), timing.jitter().getAsDouble())));
        }
        return Optional.empty();
    }

    private static Duration scaled(Duration duration, double fraction) {
        return Duration.ofNanos((long) (duration.toNanos() * fraction));
    }

    private static Optional<Long> wholeNumber(String header) {
        if (header == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(header.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
