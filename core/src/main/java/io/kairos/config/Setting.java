package io.kairos.config;

import java.util.ArrayList;
import java.util.List;

/**
 * A setting Kairos knows: its dotted key in {@code kairos.yaml}, its built-in default, and the
 * environment variables that may set it. Secrets come only from the environment or {@code .env}.
 *
 * @param defaultRaw the built-in default, or null when the setting has none (unset)
 * @param envNames   environment/.env names, first wins; {@code KAIROS_<KEY>} for ordinary settings
 */
public record Setting(String key, String defaultRaw, boolean secret, List<String> envNames, String description) {

    /** An ordinary setting, settable from the file, {@code KAIROS_<SECTION>_<KEY>} and .env. */
    static Setting of(String key, String defaultRaw, String description) {
        return new Setting(key, defaultRaw, false, List.of(envName(key)), description);
    }

    /** A secret, settable only from the environment or .env under its usual names. */
    static Setting secret(String key, String description, String... envNames) {
        return new Setting(key, null, true, List.of(envNames), description);
    }

    /** This setting, also settable from {@code envName} (a name other tools share), after its own names. */
    Setting alsoFrom(String envName) {
        List<String> names = new ArrayList<>(envNames);
        names.add(envName);
        return new Setting(key, defaultRaw, secret, List.copyOf(names), description);
    }

    /** {@code store.memory_limit} -> {@code KAIROS_STORE_MEMORY_LIMIT}. */
    static String envName(String key) {
        return "KAIROS_" + key.toUpperCase(java.util.Locale.ROOT).replace('.', '_');
    }

    /** The section part of the key, e.g. {@code store} for {@code store.db}. */
    String section() {
        return key.substring(0, key.indexOf('.'));
    }
}
