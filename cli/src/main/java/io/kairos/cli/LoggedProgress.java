package io.kairos.cli;

import io.kairos.ops.ProgressListener;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Progress without a terminal (cron, make, CI): a log line at most every ten seconds, and at the end. */
final class LoggedProgress implements ProgressListener {

    static final String LOGGER_NAME = "kairos.progress";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER_NAME);
    private static final Duration EVERY = Duration.ofSeconds(10);

    private final Clock clock;
    private String task = "";
    private long total;
    private String unit = "";
    private Instant lastLine = Instant.MIN;

    LoggedProgress(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void begin(String task, long total, String unit) {
        this.task = task;
        this.total = total;
        this.unit = unit;
        this.lastLine = clock.instant();
        LOG.info("{}: started", task);
    }

    @Override
    public void advance(long done) {
        Instant now = clock.instant();
        if (Duration.between(lastLine, now).compareTo(EVERY) >= 0) {
            lastLine = now;
            if (total > 0) {
                LOG.info("{}: {}% ({} of {})", task, done * 100 / total, Quantities.describe(done, unit),
                        Quantities.describe(total, unit));
            } else {
                LOG.info("{}: {}", task, Quantities.describe(done, unit));
            }
        }
    }

    @Override
    public void end(String summary) {
        LOG.info("{}: {}", task, summary);
    }
}
