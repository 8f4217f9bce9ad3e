package io.kairos.data.csv;

import io.kairos.KairosException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A temporary folder for one import's chunk files, removed with whatever is left in it. */
final class ScratchFolder implements AutoCloseable {

    private final Path path;

    ScratchFolder() {
        try {
            path = Files.createTempDirectory("kairos-import-");
        } catch (IOException e) {
            throw KairosException.failure("Cannot create a temporary folder for the import: " + e.getMessage(), e);
        }
    }

    Path path() {
        return path;
    }

    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(path)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // a leftover temporary file is harmless; the import's outcome is what matters
        }
    }
}
