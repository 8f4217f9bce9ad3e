package io.kairos.ops;

/**
 * Hears how far a long task has got. The core reports; the command line decides how to show it
 * (a bar on a terminal, periodic log lines otherwise).
 */
public interface ProgressListener {

    /** Ignores everything, for callers that do not show progress. */
    ProgressListener NONE = new ProgressListener() {
        @Override
        public void begin(String task, long total, String unit) {
        }

        @Override
        public void advance(long done) {
        }

        @Override
        public void end(String summary) {
        }
    };

    /** A task starts; {@code total} is in {@code unit}s, or -1 when unknown. */
    void begin(String task, long total, String unit);

    /** {@code done} units of the current task are finished (a running total, not an increment). */
    void advance(long done);

    /** The current task finished; {@code summary} says what it did. */
    void end(String summary);
}
