package io.kairos.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.KairosException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One pipeline at a time. */
class PipelineLockTest {

    @TempDir
    Path dir;

    @Test
    void aSecondRunIsRefusedNamingTheHoldersPidUntilTheFirstEnds() {
        Path file = dir.resolve("state/pipeline.lock");
        try (PipelineLock first = PipelineLock.acquire(file)) {
            assertNull(first.takenOver());
            KairosException refused = assertThrows(KairosException.class, () -> PipelineLock.acquire(file));
            assertEquals(KairosException.Kind.REFUSED, refused.kind());
            assertTrue(refused.getMessage().contains("Another pipeline is running (pid " + ProcessHandle.current().pid()),
                    refused.getMessage());
        }
        assertFalse(Files.exists(file), "released");
        try (PipelineLock again = PipelineLock.acquire(file)) {
            assertNull(again.takenOver());
        }
    }

    @Test
    void theLockOfAKilledRunIsTakenOver() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path file = dir.resolve("pipeline.lock");
        Files.writeString(file, String.valueOf(gone.pid()));
        try (PipelineLock lock = PipelineLock.acquire(file)) {
            assertTrue(lock.takenOver().contains("stale lock"), lock.takenOver());
            assertEquals(String.valueOf(ProcessHandle.current().pid()), Files.readString(file));
        }
    }
}
