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
 * @param riskFile       the risk limits, {@code risk.yaml} (may be absent: then the defaults hold)
 * @param dotEnvFile     the .env file (may be absent)
 * @param environment    the process environment
 * @param flags          settings given as command-line flags, by key
 */
public record ConfigInputs(Path home, Path yamlFile, boolean yamlIsExplicit, Path riskFile, Path dotEnvFile,
        Map<String, String> environment, Map<String, ConfigValue> flags) {

    /**
     * The usual layout: {@code <home>/config/kairos.yaml}, {@code <home>/config/risk.yaml} and {@code <home>/.env}.
     * The risk limits stay at home when another configuration file is named: they are not swapped with it.
     */
    public static ConfigInputs standard(Path home, Path explicitYaml, Map<String, String> environment,
            Map<String, ConfigValue> flags) {
        Path config = home.resolve("config");
        Path yaml = explicitYaml != null ? explicitYaml : config.resolve("kairos.yaml");
        return new ConfigInputs(home, yaml, explicitYaml != null, config.resolve("risk.yaml"), home.resolve(".env"), environment,
                flags);
    }
}
