package io.kairos.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kairos.KairosException;
import io.kairos.ops.AtomicFiles;
import io.kairos.ops.Digests;
import io.kairos.ops.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code state/config.pin}, written by {@code kairos config pin}: the non-secret settings in effect when the operator
 * reviewed them, and the SHA-256 of those settings as {@code key=value} lines in key order. Secrets are never part
 * of it. Preflight compares the settings in effect with the pin and names every key that changed.
 *
 * @param settings every non-secret setting that has a value, by key
 */
public record ConfigPin(@JsonProperty("sha256") String sha256, @JsonProperty("pinned_at") Instant pinnedAt,
        @JsonProperty("pinned_by") String pinnedBy, @JsonProperty("settings") Map<String, String> settings) {

    public static final String FILE = "config.pin";
    private static final String UNSET = "(not set)";

    public ConfigPin {
        settings = settings == null ? new TreeMap<>() : new TreeMap<>(settings);
    }

    /** The pin of the settings in effect now. */
    public static ConfigPin of(EffectiveConfig config, Instant at, String by) {
        Map<String, String> settings = new TreeMap<>();
        for (EffectiveConfig.Entry entry : config.entries()) {
            if (!entry.setting().secret()) {
                entry.value().ifPresent(value -> settings.put(entry.setting().key(), value.raw()));
            }
        }
        return new ConfigPin(hash(settings), at, by, settings);
    }

    /** The SHA-256 of {@code key=value\n} lines in key order. */
    static String hash(Map<String, String> settings) {
        StringBuilder lines = new StringBuilder();
        new TreeMap<>(settings).forEach((key, value) -> lines.append(key).append('=').append(value).append('\n'));
        return Digests.sha256Hex(lines.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** False when the file's settings do not give its hash: it was edited by hand. */
    public boolean intact() {
        return hash(settings).equals(sha256);
    }

    /** Every setting that differs in {@code now}, as {@code key: pinned -> now}, in key order. */
    public List<String> changesTo(ConfigPin now) {
        TreeSet<String> keys = new TreeSet<>(settings.keySet());
        keys.addAll(now.settings.keySet());
        List<String> changes = new ArrayList<>();
        for (String key : keys) {
            String before = settings.getOrDefault(key, UNSET);
            String after = now.settings.getOrDefault(key, UNSET);
            if (!before.equals(after)) {
                changes.add(key + ": " + before + " -> " + after);
            }
        }
        return changes;
    }

    /** The pin in {@code file}, empty when there is none. */
    public static Optional<ConfigPin> read(Path file) {
        try {
            ConfigPin pin = Json.mapper().readValue(Files.readAllBytes(file), ConfigPin.class);
            if (pin == null || pin.sha256() == null) {
                throw KairosException.failure("The config pin " + file + " holds no sha256: pin the configuration again with"
                        + " kairos config pin.");
            }
            return Optional.of(pin);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw KairosException.failure("Cannot read the config pin " + file + ": " + e.getMessage().lines().findFirst().orElse("")
                    + ". Pin the configuration again with kairos config pin.", e);
        }
    }

    /** Writes the pin to {@code file} atomically. */
    public void write(Path file) {
        try {
            AtomicFiles.write(file, Json.mapper().writeValueAsBytes(this));
        } catch (IOException e) {
            throw KairosException.failure("Cannot write the config pin " + file + ": " + e.getMessage(), e);
        }
    }
}
