package io.kairos.pipeline;

import io.kairos.KairosException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One pipeline at a time: a lock file holding the holder's pid, created atomically. A second run is refused with
 * the holder's pid; a lock whose process is gone (a killed run) is taken over, and said so.
 */
public final class PipelineLock implements AutoCloseable {

    /** The lock's name in the state folder. */
    public static final String FILE = "pipeline.lock";

    private final Path file;
    private final String takenOver;

    private PipelineLock(Path file, String takenOver) {
        this.file = file;
        this.takenOver = takenOver;
    }

    public static PipelineLock acquire(Path file) {
        long pid = ProcessHandle.current().pid();
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            for (int attempt = 0; attempt < 2; attempt++) {
                try {
                    Files.writeString(Files.createFile(file), String.valueOf(pid), StandardCharsets.UTF_8);
                    return new PipelineLock(file, attempt == 0 ? null : "a stale lock of a process that is gone was taken over");
                } catch (FileAlreadyExistsException held) {
                    Optional<Long> holder = liveHolder(file);
                    if (holder.isPresent()) {
                        throw new KairosException(KairosException.Kind.REFUSED, "Another pipeline is running (pid " + holder.get()
                                + ", lock " + file + "): wait for it, or stop it first.");
                    }
                    Files.deleteIfExists(file);
                }
            }
            throw KairosException.failure("Cannot take the pipeline lock " + file + ": another run keeps taking it.");
        } catch (IOException e) {
            throw KairosException.failure("Cannot take the pipeline lock " + file + ": " + e.getMessage(), e);
        }
    }

    /** Why the lock had to be taken over, or null. */
    public String takenOver() {
        return takenOver;
    }

    /** The pid in the lock file when that process is alive: a pipeline is running. Empty without a lock or its process. */
    public static Optional<Long> liveHolder(Path file) {
        return holder(file).filter(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
    }

    /** The pid in the lock file: the run that holds it, or held it when that process is gone; empty when there is no lock. */
    public static Optional<Long> holder(Path file) {
        try {
            return Optional.of(Long.parseLong(Files.readString(file, StandardCharsets.UTF_8).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw KairosException.failure("Cannot release the pipeline lock " + file + ": " + e.getMessage(), e);
        }
    }
}
