package io.kairos.http;

import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * Everything time-dependent about retrying, injected so tests neither sleep nor depend on chance.
 *
 * @param sleeper waits between attempts
 * @param clock   the current time, to turn a rate-limit reset instant into a wait
 * @param jitter  a random fraction in [0, 1) scaling each backoff
 */
public record RetryTiming(Sleeper sleeper, Clock clock, DoubleSupplier jitter) {

    public RetryTiming {
        if (sleeper == null || clock == null || jitter == null) {
            throw new IllegalArgumentException("sleeper, clock and jitter are required");
        }
    }

    /** Real sleeps, the system clock in UTC and a thread-local random jitter. */
    public static RetryTiming system() {
        return new RetryTiming(Sleeper.REAL, Clock.systemUTC(), () -> ThreadLocalRandom.current().nextDouble());
    }
}
