package io.kairos.pipeline;

import io.kairos.KairosException;
import io.kairos.ops.AtomicFiles;
import io.kairos.ops.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** The checkpoints of one pipeline run's folder, each written atomically once its stage ends. */
final class Checkpoints {

    private final Path folder;

    Checkpoints(Path folder) {
        this.folder = folder.resolve("checkpoints");
    }

    Optional<Checkpoint> read(int position, String stage) {
        Path file = file(position, stage);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(read(file));
    }

    /** Every checkpoint of the run, by position. */
    List<Checkpoint> all() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().matches("\\d{2}-.+\\.json")).sorted().map(this::read).toList();
        } catch (IOException e) {
            throw KairosException.failure("Cannot list the checkpoints in " + folder + ": " + e.getMessage(), e);
        }
    }

    private Checkpoint read(Path file) {
        try {
            return Json.mapper().readValue(file.toFile(), Checkpoint.class);
        } catch (IOException e) {
            throw KairosException.failure("The checkpoint " + file + " cannot be read (" + e.getMessage() + "): delete it to run the"
                    + " stage again.", e);
        }
    }

    void write(Checkpoint checkpoint) {
        Path file = file(checkpoint.position(), checkpoint.stage());
        try {
            Files.createDirectories(folder);
            AtomicFiles.write(file, Json.mapper().writeValueAsBytes(checkpoint));
        } catch (IOException e) {
            throw KairosException.failure("Cannot write the checkpoint " + file + ": " + e.getMessage(), e);
        }
    }

    private Path file(int position, String stage) {
        return folder.resolve(String.format(Locale.ROOT, "%02d-%s.json", position, stage));
    }
}
