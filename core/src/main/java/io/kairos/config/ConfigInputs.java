package io.kairos.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * Everything configuration is made from, lowest precedence last: command-line flags, the process
 * environment, the {@code .env} file, {@code kairos.yaml}, then the built-in defaults.
 *
 * @param home           KAIROS_HOME: relative paths in the configuration resolve against it
 * @param yamlFile       the configuration file
 * @param yamlIsExplicit whether the operator named the file (then it must exist)
 * @param dotEnvFile     the .env file (may be absent)
 * @param environment    the process environment
 * @param flags          settings given as command-line flags, by key
 */
public record ConfigInputs(Path home, Path yamlFile, boolean yamlIsExplicit, Path dotEnvFile,
        Map<String, String> environment, Map<String, ConfigValue> flags) {

    /** The usual layout: {@code <home>/config/kairos.yaml} and {@code <home>/.env}. */
    public static ConfigInputs standard(Path home, Path explicitYaml, Map<String, String> environment,
            Map<String, ConfigValue> flags) {
        Path yaml = explicitYaml != null ? explicitYaml : home.resolve("config").resolve("kairos.yaml");
        return new ConfigInputs(home, yaml, explicitYaml != null, home.resolve(".env"), environment, flags);
    }
}
