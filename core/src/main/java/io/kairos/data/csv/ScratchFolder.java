package io.kairos.data.csv;

import io.kairos.KairosException;
import io.kairos.ops.Folders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
        try {
            Folders.deleteRecursively(path);
        } catch (IOException e) {
            // a leftover temporary file is harmless; the import's outcome is what matters
        }
    }
}
