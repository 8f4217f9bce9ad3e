package io.kairos.http;

import java.time.Duration;

/** Waits between attempts; tests pass one that records the waits instead of sleeping. */
@FunctionalInterface
public interface Sleeper {

    /** Sleeps on the calling thread. */
    Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
