package io.kairos.ops.preflight;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Free space on the store's file system: a full disk fails a run halfway, after orders went out. */
final class DiskSpaceCheck implements PreflightCheck {

    private static final long GIB = 1L << 30;
    /** Below this much free space: FAIL. */
    static final long FAIL_BELOW = GIB;
    /** Below this much free space: WARN. */
    static final long WARN_BELOW = 5 * GIB;

    private final long failBelow;
    private final long warnBelow;

    DiskSpaceCheck(long failBelow, long warnBelow) {
        this.failBelow = failBelow;
        this.warnBelow = warnBelow;
    }

    static DiskSpaceCheck standard() {
        return new DiskSpaceCheck(FAIL_BELOW, WARN_BELOW);
    }

    @Override
    public String name() {
        return "disk space";
    }

    @Override
    public String rule() {
        return "Free space on the file system of the store's folder: under " + gib(failBelow) + " is a FAIL (DuckDB, the logs and"
                + " the artifacts could not be written mid-run: free space first), under " + gib(warnBelow) + " a WARN.";
    }

    @Override
    public Verdict run(PreflightSubject subject) {
        Path folder = existing(subject.config().store().db().getParent());
        long free;
        try {
            free = Files.getFileStore(folder).getUsableSpace();
        } catch (IOException e) {
            return Verdict.fail("cannot measure the free space of " + subject.shown(folder) + ": " + e.getMessage());
        }
        String measured = gib(free) + " free on the file system of " + subject.shown(folder);
        if (free < failBelow) {
            return Verdict.fail(measured + ", under " + gib(failBelow) + ": free space before trading");
        }
        return free < warnBelow ? Verdict.warn(measured + ", under " + gib(warnBelow)) : Verdict.pass(measured);
    }

    /** The folder, or its nearest existing parent (the store's folder may not exist yet). */
    private static Path existing(Path folder) {
        Path at = folder.toAbsolutePath();
        while (at.getParent() != null && !Files.isDirectory(at)) {
            at = at.getParent();
        }
        return at;
    }

    private static String gib(long bytes) {
        return String.format(Locale.ROOT, "%.1f GiB", bytes / (double) GIB);
    }
}
