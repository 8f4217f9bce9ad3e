package io.kairos.cli;

import io.kairos.config.ConfigOrigin;
import io.kairos.config.ConfigValue;
import java.util.LinkedHashMap;
import java.util.Map;

/** Settings a command's flags override, highest precedence of all. */
final class ConfigFlags {

    private final Map<String, ConfigValue> values = new LinkedHashMap<>();

    static ConfigFlags none() {
        return new ConfigFlags();
    }

    /** Sets {@code key} from {@code flag} when the flag was given (non-null). */
    ConfigFlags with(String key, Object value, String flag) {
        if (value != null) {
            values.put(key, new ConfigValue(key, value.toString(), ConfigOrigin.FLAG, "flag " + flag));
        }
        return this;
    }

    Map<String, ConfigValue> values() {
        return Map.copyOf(values);
    }
}
