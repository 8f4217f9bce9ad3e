package io.kairos.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Layers the configuration: built-in default, then {@code kairos.yaml} (and {@code risk.yaml} for the
 * {@code risk.} keys), then {@code .env}, then the environment, then command-line flags; the last one that
 * sets a key wins.
 */
public final class ConfigLoader {

    private ConfigLoader() {
    }

    public static EffectiveConfig load(ConfigInputs inputs) {
        if (inputs.yamlIsExplicit() && !Files.isRegularFile(inputs.yamlFile())) {
            throw new ConfigException("No configuration file at " + inputs.yamlFile() + ": check the --config path.");
        }
        Map<String, ConfigValue> values = new LinkedHashMap<>();
        for (Setting setting : SettingsCatalog.ALL) {
            if (setting.defaultRaw() != null) {
                values.put(setting.key(), new ConfigValue(setting.key(), setting.defaultRaw(), ConfigOrigin.DEFAULT, "built-in default"));
            }
        }
        String riskName = display(inputs.home(), inputs.riskFile());
        values.putAll(YamlSettingsFile.ofSections(inputs.yamlFile(), display(inputs.home(), inputs.yamlFile()),
                Map.of(SettingsCatalog.RISK_SECTION, riskName)).read());
        values.putAll(YamlSettingsFile.ofSection(inputs.riskFile(), riskName, SettingsCatalog.RISK_SECTION).read());
        String dotEnvName = display(inputs.home(), inputs.dotEnvFile());
        Map<String, DotEnvFile.Entry> dotEnv = DotEnvFile.read(inputs.dotEnvFile(), dotEnvName);
        for (Setting setting : SettingsCatalog.ALL) {
            firstSet(setting, dotEnv, dotEnvName).ifPresent(value -> values.put(setting.key(), value));
            fromEnvironment(setting, inputs.environment()).ifPresent(value -> values.put(setting.key(), value));
        }
        for (ConfigValue flag : inputs.flags().values()) {
            if (SettingsCatalog.find(flag.key()).isEmpty()) {
                throw new IllegalArgumentException("flag bound to an unknown setting: " + flag.key());
            }
            values.put(flag.key(), flag);
        }
        return new EffectiveConfig(values);
    }

    private static Optional<ConfigValue> firstSet(Setting setting, Map<String, DotEnvFile.Entry> dotEnv, String fileName) {
        for (String name : setting.envNames()) {
            DotEnvFile.Entry entry = dotEnv.get(name);
            if (entry != null && !entry.value().isEmpty()) {
                return Optional.of(new ConfigValue(setting.key(), entry.value(), ConfigOrigin.DOTENV,
                        fileName + " line " + entry.line() + " (" + name + ")"));
            }
        }
        return Optional.empty();
    }

    private static Optional<ConfigValue> fromEnvironment(Setting setting, Map<String, String> environment) {
        for (String name : setting.envNames()) {
            String value = environment.get(name);
            if (value != null && !value.isEmpty()) {
                return Optional.of(new ConfigValue(setting.key(), value, ConfigOrigin.ENVIRONMENT,
                        "environment variable " + name));
            }
        }
        return Optional.empty();
    }

    /** A file named relative to KAIROS_HOME when it lies inside it, as operators see it in the repo. */
    static String display(Path home, Path file) {
        Path absoluteHome = home.toAbsolutePath().normalize();
        Path absoluteFile = file.toAbsolutePath().normalize();
        return absoluteFile.startsWith(absoluteHome) ? absoluteHome.relativize(absoluteFile).toString() : absoluteFile.toString();
    }
}
