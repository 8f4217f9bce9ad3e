package io.kairos.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The effective raw value of every setting, with its origin; typed views are built from it. */
public final class EffectiveConfig {

    private final Map<String, ConfigValue> values;

    EffectiveConfig(Map<String, ConfigValue> values) {
        this.values = Map.copyOf(values);
    }

    /** The value of {@code key}, empty when it has no default and nobody set it. */
    public Optional<ConfigValue> value(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** Every known setting in catalog order, with its value when set. */
    public List<Entry> entries() {
        return SettingsCatalog.ALL.stream().map(setting -> new Entry(setting, value(setting.key()))).toList();
    }

    /** A known setting and its effective value. */
    public record Entry(Setting setting, Optional<ConfigValue> value) {
    }

    /**
     * Parses a setting that has a default; a parse failure becomes a ConfigException naming the key,
     * where it was set and what is expected (the parser's message).
     */
    <T> T parse(String key, Function<String, T> parser) {
        ConfigValue value = value(key).orElseThrow(() -> new IllegalStateException("no default for " + key));
        try {
            return parser.apply(value.raw().strip());
        } catch (IllegalArgumentException e) {
            throw new ConfigException("Invalid value '" + value.raw() + "' for " + key + " (" + value.location() + "): "
                    + e.getMessage());
        }
    }
}
