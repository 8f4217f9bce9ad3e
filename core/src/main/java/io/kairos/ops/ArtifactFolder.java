package io.kairos.ops;

import io.kairos.KairosException;
import io.kairos.KairosVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A dated artifact folder written all or nothing: files go to a hidden staging folder beside the
 * target, and {@link #publish} adds {@code manifest.json} and then renames the staging folder into
 * place. A crash before that leaves the previous folder (if any) untouched.
 */
public final class ArtifactFolder {

    public static final String MANIFEST = "manifest.json";

    private final Path target;
    private final Path staging;
    private final Map<String, Manifest.FileDigest> files = new TreeMap<>();
    private boolean finished;

    private ArtifactFolder(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /** Starts writing the folder {@code target}, e.g. {@code outputs/audit/2026-11-20}. */
    public static ArtifactFolder begin(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        Path staging = absolute.resolveSibling("." + absolute.getFileName() + ".partial-" + ProcessHandle.current().pid());
        try {
            Folders.deleteRecursively(staging);
            Files.createDirectories(staging);
        } catch (IOException e) {
            throw KairosException.failure("Cannot create the artifact folder " + staging + ": " + e.getMessage(), e);
        }
        return new ArtifactFolder(absolute, staging);
    }

    /**
     * Starts a new version of the published folder {@code existing}: its files (all but the manifest) are
     * staged as copies, so the caller can add or replace files and {@link #publish} a manifest covering them
     * all. Until then the folder stays as it was.
     */
    public static ArtifactFolder extend(Path existing) {
        ArtifactFolder folder = begin(existing);
        if (!Files.isDirectory(folder.target)) {
            folder.abandon();
            throw KairosException.failure("Cannot add to the artifact folder " + folder.target + ": it does not exist.");
        }
        try (Stream<Path> entries = Files.list(folder.target)) {
            for (Path file : entries.sorted().toList()) {
                String name = file.getFileName().toString();
                if (!Files.isRegularFile(file)) {
                    throw KairosException.failure("Cannot add to the artifact folder " + folder.target + ": " + name
                            + " is not a plain file, and artifact folders hold only plain files.");
                }
                if (!name.equals(MANIFEST)) {
                    folder.write(name, Files.readAllBytes(file));
                }
            }
            return folder;
        } catch (IOException e) {
            folder.abandon();
            throw KairosException.failure("Cannot copy the artifact folder " + folder.target + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            folder.abandon();
            throw e;
        }
    }

    /** Writes {@code value} as JSON under {@code name} (stable key order, ISO dates). */
    public void writeJson(String name, Object value) {
        try {
            write(name, Json.mapper().writeValueAsBytes(value));
        } catch (IOException e) {
            throw KairosException.failure("Cannot serialise " + name + ": " + e.getMessage(), e);
        }
    }

    /** Writes {@code bytes} under {@code name}. */
    public void write(String name, byte[] bytes) {
        if (name.equals(MANIFEST) || name.contains("/") || name.startsWith(".")) {
            throw new IllegalArgumentException("not a plain artifact file name: " + name);
        }
        try {
            Files.write(staging.resolve(name), bytes);
        } catch (IOException e) {
            throw KairosException.failure("Cannot write " + staging.resolve(name) + ": " + e.getMessage(), e);
        }
        files.put(name, new Manifest.FileDigest(Digests.sha256Hex(bytes), bytes.length));
    }

    /** Writes the manifest and moves the folder into place; returns the published folder. */
    public Path publish(String stage, Map<String, Object> inputs, Map<String, Object> parameters, Clock clock) {
        Manifest manifest = new Manifest(stage, KairosVersion.current(), clock.instant(), new TreeMap<>(inputs),
                new TreeMap<>(parameters), files);
        try {
            Files.write(staging.resolve(MANIFEST), Json.mapper().writeValueAsBytes(manifest));
            Files.createDirectories(target.getParent());
            Path previous = target.resolveSibling("." + target.getFileName() + ".previous-" + ProcessHandle.current().pid());
            if (Files.exists(target)) {
                AtomicFiles.move(target, previous);
            }
            AtomicFiles.move(staging, target);
            Folders.deleteRecursively(previous);
            finished = true;
            return target;
        } catch (IOException e) {
            throw KairosException.failure("Cannot publish the artifact folder " + target + ": " + e.getMessage(), e);
        }
    }

    /** Drops what was written so far; the target folder is left as it was. */
    public void abandon() {
        if (!finished) {
            finished = true;
            try {
                Folders.deleteRecursively(staging);
            } catch (IOException e) {
                throw KairosException.failure("Cannot remove the unfinished folder " + staging + ": " + e.getMessage(), e);
            }
        }
    }

    public Path target() {
        return target;
    }
}
