package io.kairos.execution.alpaca;

import io.kairos.http.RetryPolicy;
import io.kairos.http.RetryTiming;
import io.kairos.http.testing.RecordingSleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import okhttp3.OkHttpClient;

/** A broker on a {@link FakeAlpaca}, with a fixed clock, a recording sleeper and a short read timeout. */
final class AlpacaTestSetup {

    /** The fixed now of the retry clock, the fake's order time to the second. */
    static final Instant NOW = Instant.parse("2026-03-17T11:41:05Z");
    /** 4 attempts; backoff ceilings 100, 200, 400 ms; jitter fixed at one half. */
    static final RetryPolicy POLICY = new RetryPolicy(4, Duration.ofMillis(100), Duration.ofSeconds(1));
    /** How long an unanswered request waits: short, since the hang tests really wait it. */
    static final Duration READ_TIMEOUT = Duration.ofMillis(500);

    private AlpacaTestSetup() {
    }

    static AlpacaBroker broker(AlpacaBrokerSettings settings, RecordingSleeper sleeper) {
        OkHttpClient http = new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(5)).readTimeout(READ_TIMEOUT).build();
        return new AlpacaBroker(settings, http, new RetryTiming(sleeper, Clock.fixed(NOW, ZoneOffset.UTC), () -> 0.5));
    }

    static AlpacaBroker broker(FakeAlpaca fake, RecordingSleeper sleeper) {
        return broker(fake.settings(POLICY), sleeper);
    }
}
