package io.kairos.config;

/**
 * One setting's effective raw value and where it came from.
 *
 * @param location where to look, in operator words: "config/kairos.yaml line 12", "environment
 *                 variable KAIROS_STORE_DB", ".env line 3", "flag --db", "built-in default"
 */
public record ConfigValue(String key, String raw, ConfigOrigin origin, String location) {
}
