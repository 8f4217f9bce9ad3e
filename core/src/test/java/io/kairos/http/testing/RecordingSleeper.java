package io.kairos.http.testing;

import io.kairos.http.Sleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Remembers every wait instead of sleeping. */
public final class RecordingSleeper implements Sleeper {

    private final List<Duration> sleeps = new ArrayList<>();

    @Override
    public void sleep(Duration duration) {
        sleeps.add(duration);
    }

    public List<Duration> sleeps() {
        return sleeps;
    }
}
