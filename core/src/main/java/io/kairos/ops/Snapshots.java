package io.kairos.ops;

import com.fasterxml.jackson.core.type.TypeReference;
import io.kairos.KairosException;
import io.kairos.data.store.PriceStore;
import io.kairos.data.store.StoreSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@code kairos snapshot} and {@code kairos restore} (docs/OPERATIONS.md): the store, checkpointed so that one file
 * holds it all, and the state folder (kill switch, equity peak), copied into {@code <snapshots>/<date>/} with a
 * digests.json of every file. A snapshot is written in a hidden folder and renamed into place, so it exists whole or
 * not at all; a restore checks every digest before it replaces anything, and replaces each file by a rename.
 */
public final class Snapshots {

    static final String STORE_FILE = "kairos.duckdb";
    static final String STATE_FOLDER = "state";
    static final String DIGESTS = "digests.json";
    /** Files of the state folder that describe a running process, not the desk's state. */
    private static final List<String> TRANSIENT = List.of("pipeline.lock", "heartbeat");

    private final Path snapshots;

    public Snapshots(Path snapshots) {
        this.snapshots = snapshots;
    }

    public Path folder(LocalDate date) {
        return snapshots.resolve(date.toString());
    }

    /** Snapshots the store (which must not be open elsewhere) and the state folder as of {@code date}. */
    public Path take(Path store, Path state, LocalDate date) {
        if (!Files.isRegularFile(store)) {
            throw KairosException.failure("No store at " + store + ": nothing to snapshot.");
        }
        Path target = folder(date);
        Path staging = snapshots.resolve("." + date + ".partial-" + ProcessHandle.current().pid());
        try {
            try (PriceStore opened = PriceStore.open(store, PriceStore.Access.READ_WRITE, StoreSettings.DEFAULTS);
                    Statement statement = opened.connection().createStatement()) {
                // everything into the one file: the write-ahead log is folded in
                statement.execute("CHECKPOINT");
            }
            Folders.deleteRecursively(staging);
            Files.createDirectories(staging.resolve(STATE_FOLDER));
            Files.copy(store, staging.resolve(STORE_FILE));
            for (Path file : stateFiles(state)) {
                Files.copy(file, staging.resolve(STATE_FOLDER).resolve(file.getFileName()));
            }
            Map<String, String> digests = new TreeMap<>();
            try (Stream<Path> files = Files.walk(staging)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    digests.put(staging.relativize(file).toString().replace('\\', '/'), Digests.sha256Hex(Files.readAllBytes(file)));
                }
            }
            Files.write(staging.resolve(DIGESTS), Json.mapper().writeValueAsBytes(digests));
            Path previous = snapshots.resolve("." + date + ".previous-" + ProcessHandle.current().pid());
            if (Files.exists(target)) {
                AtomicFiles.move(target, previous);
            }
            AtomicFiles.move(staging, target);
            Folders.deleteRecursively(previous);
            return target;
        } catch (IOException | java.sql.SQLException e) {
            throw KairosException.failure("Cannot snapshot " + store + " into " + target + ": " + e.getMessage(), e);
        }
    }

    /** Replaces the store and the state folder's files with the snapshot of {@code date}, after checking its digests. */
    public void restore(LocalDate date, Path store, Path state) {
        Path source = folder(date);
        if (!Files.isDirectory(source)) {
            throw KairosException.failure("No snapshot of " + date + " in " + snapshots + ": list them with ls " + snapshots + ".");
        }
        try {
            Map<String, String> digests = Json.mapper().readValue(source.resolve(DIGESTS).toFile(), new TypeReference<>() {
            });
            for (Map.Entry<String, String> file : digests.entrySet()) {
                Path copy = source.resolve(file.getKey());
                if (!Files.isRegularFile(copy) || !Digests.sha256Hex(Files.readAllBytes(copy)).equals(file.getValue())) {
                    throw KairosException.failure("The snapshot " + source + " is damaged: " + file.getKey()
                            + " is missing or differs from its digest. Nothing was restored.");
                }
            }
            replace(source.resolve(STORE_FILE), store);
            Files.deleteIfExists(Path.of(store + ".wal"));
            Files.createDirectories(state);
            for (Path file : stateFiles(state)) {
                if (!digests.containsKey(STATE_FOLDER + "/" + file.getFileName())) {
                    // a kill switch tripped since the snapshot is not the snapshot's state
                    Files.delete(file);
                }
            }
            try (Stream<Path> files = Files.list(source.resolve(STATE_FOLDER))) {
                for (Path file : files.sorted().toList()) {
                    replace(file, state.resolve(file.getFileName()));
                }
            }
        } catch (IOException e) {
            throw KairosException.failure("Cannot restore the snapshot " + source + ": " + e.getMessage(), e);
        }
    }

    private static void replace(Path from, Path to) throws IOException {
        Path temporary = to.resolveSibling("." + to.getFileName() + ".restoring");
        Files.copy(from, temporary, StandardCopyOption.REPLACE_EXISTING);
        AtomicFiles.move(temporary, to);
    }

    private static List<Path> stateFiles(Path state) throws IOException {
        if (!Files.isDirectory(state)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(state)) {
            return files.filter(Files::isRegularFile).filter(file -> !TRANSIENT.contains(file.getFileName().toString())).sorted().toList();
        }
    }
}
