package io.kairos.http.testing;

import io.kairos.ops.ProgressListener;
import java.util.ArrayList;
import java.util.List;

/** Remembers progress events as lines such as {@code begin Sharadar SEP prices (-1 rows)} and {@code advance 4}. */
public final class RecordingProgress implements ProgressListener {

    private final List<String> events = new ArrayList<>();

    @Override
    public void begin(String task, long total, String unit) {
        events.add("begin " + task + " (" + total + " " + unit + ")");
    }

    @Override
    public void advance(long done) {
        events.add("advance " + done);
    }

    @Override
    public void end(String summary) {
        events.add("end " + summary);
    }

    public List<String> events() {
        return events;
    }
}
