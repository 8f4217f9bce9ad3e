package io.kairos.data.store;

import io.kairos.KairosException;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Another process holds the store file; says which one, so the operator can wait for it or stop it. */
public final class StoreLockedException extends KairosException {

    // DuckDB: "Could not set lock on file "...": Conflicting lock is held in /usr/bin/java (PID 4242) by user ..."
    private static final Pattern HOLDER = Pattern.compile("Conflicting lock is held in (.+?) \\(PID (\\d+)\\)");

    private final OptionalLong holderPid;

    private StoreLockedException(String message, OptionalLong holderPid) {
        super(Kind.FAILURE, message);
        this.holderPid = holderPid;
    }

    /** Recognises DuckDB's lock error; anything else is not a lock problem. */
    static boolean isLockError(String duckDbMessage) {
        return duckDbMessage != null && duckDbMessage.contains("Could not set lock on file");
    }

    static StoreLockedException from(Path file, String duckDbMessage) {
        Matcher holder = HOLDER.matcher(duckDbMessage);
        if (holder.find()) {
            long pid = Long.parseLong(holder.group(2));
            return new StoreLockedException("The store " + file + " is locked by another process: PID " + pid + " ("
                    + holder.group(1) + "). Wait for it to finish or stop it, then run this command again.",
                    OptionalLong.of(pid));
        }
        return new StoreLockedException("The store " + file + " is locked by another process. "
                + "Wait for it to finish or stop it, then run this command again.", OptionalLong.empty());
    }

    /** The process holding the lock, when DuckDB named it. */
    public OptionalLong holderPid() {
        return holderPid;
    }
}
