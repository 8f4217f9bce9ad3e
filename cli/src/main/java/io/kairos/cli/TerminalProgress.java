package io.kairos.cli;

import io.kairos.ops.ProgressListener;
import java.io.PrintWriter;

/** A progress bar redrawn in place on stderr, at most ten times a second. */
final class TerminalProgress implements ProgressListener {

    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter err;
    private String task = "";
    private long total;
    private String unit = "";
    private long lastDraw;

    TerminalProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void begin(String task, long total, String unit) {
        this.task = task;
        this.total = total;
        this.unit = unit;
        this.lastDraw = 0;
        draw(0);
    }

    @Override
    public void advance(long done) {
        long now = System.nanoTime();
        if (now - lastDraw >= REDRAW_NANOS) {
            lastDraw = now;
            draw(done);
        }
    }

    @Override
    public void end(String summary) {
        err.print("\r\033[K" + task + ": " + summary + "\n");
        err.flush();
    }

    private void draw(long done) {
        String line;
        if (total > 0) {
            int filled = (int) Math.min(WIDTH, done * WIDTH / total);
            line = String.format("%s [%s%s] %3d%% %s", task, "#".repeat(filled), " ".repeat(WIDTH - filled),
                    done * 100 / total, Quantities.describe(done, unit));
        } else {
            line = task + " " + Quantities.describe(done, unit);
        }
        err.print("\r\033[K" + line);
        err.flush();
    }
}
