package io.kairos.testsupport;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real market data in {@code ../shared/data} (see its README). It is not part of the project:
 * tests that read it call {@link #file(String)}, which skips the test when the folder is absent.
 */
public final class SharedData {

    private SharedData() {
    }

    /** The data folder, from the {@code kairos.sharedData} property that the build sets. */
    public static Path folder() {
        String configured = System.getProperty("kairos.sharedData");
        return configured == null ? Path.of("..", "..", "shared", "data") : Path.of(configured);
    }

    /** A file of the shared data folder; skips the calling test when it is not there. */
    public static Path file(String relativePath) {
        Path file = folder().resolve(relativePath).normalize();
        assumeTrue(Files.isRegularFile(file), () -> "shared data absent, skipping: " + file);
        return file;
    }
}
