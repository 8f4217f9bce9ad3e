package io.kairos.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @TempDir
    Path home;

    private KairosConfig load(Map<String, String> environment, Map<String, ConfigValue> flags) {
        return KairosConfig.from(home, ConfigLoader.load(ConfigInputs.standard(home, null, environment, flags)));
    }

    private void yaml(String text) throws IOException {
        Files.createDirectories(home.resolve("config"));
        Files.writeString(home.resolve("config/kairos.yaml"), text);
    }

    @Test
    void withoutAFileEverySettingHasItsBuiltInDefault() {
        KairosConfig config = load(Map.of(), Map.of());
        assertEquals(home.resolve("data/kairos.duckdb"), config.store().db());
        assertEquals("monthly", config.rebalance().frequency());
        assertEquals(new KairosConfig.Synthetic(1000, 10, 42), config.synthetic());
        assertEquals(Duration.ofMillis(500), config.http().initialBackoff());
        assertEquals(Optional.empty(), config.secrets().nasdaqApiKey());
    }

    @Test
    void eachLayerOverridesTheOneBelow() throws IOException {
        yaml("rebalance:\n  frequency: weekly\nsynthetic:\n  tickers: 200\n  years: 3\n  seed: 7\n");
        Files.writeString(home.resolve(".env"), "# local overrides\nKAIROS_SYNTHETIC_TICKERS=300\nKAIROS_SYNTHETIC_YEARS=4\n");
        Map<String, String> environment = Map.of("KAIROS_SYNTHETIC_TICKERS", "400");
        Map<String, ConfigValue> flags = Map.of("synthetic.seed",
                new ConfigValue("synthetic.seed", "9", ConfigOrigin.FLAG, "flag --seed"));

        EffectiveConfig effective = ConfigLoader.load(ConfigInputs.standard(home, null, environment, flags));
        KairosConfig config = KairosConfig.from(home, effective);

        assertEquals("weekly", config.rebalance().frequency(), "file over default");
        assertEquals(4, config.synthetic().years(), ".env over file");
        assertEquals(400, config.synthetic().tickers(), "environment over .env");
        assertEquals(9L, config.synthetic().seed(), "flag over everything");
        assertEquals("config/kairos.yaml line 2", effective.value("rebalance.frequency").orElseThrow().location());
        assertEquals(".env line 3 (KAIROS_SYNTHETIC_YEARS)", effective.value("synthetic.years").orElseThrow().location());
        assertEquals("environment variable KAIROS_SYNTHETIC_TICKERS", effective.value("synthetic.tickers").orElseThrow().location());
        assertEquals("built-in default", effective.value("store.db").orElseThrow().location());
    }

    @Test
    void unknownKeyIsNamedWithFileLineAndTheKnownKeys() throws IOException {
        yaml("store:\n  db: data/x.duckdb\nrebalance:\n  frequncy: weekly\n");
        ConfigException error = assertThrows(ConfigException.class, () -> load(Map.of(), Map.of()));
        assertEquals("Unknown key 'rebalance.frequncy' in config/kairos.yaml line 4. Did you mean 'frequency'?"
                + " Known keys under rebalance: frequency.", error.getMessage());
    }

    @Test
    void unknownSectionIsNamedWithFileAndLine() throws IOException {
        yaml("stores:\n  db: x\n");
        ConfigException error = assertThrows(ConfigException.class, () -> load(Map.of(), Map.of()));
        assertEquals("Unknown section 'stores' in config/kairos.yaml line 1. Did you mean 'store'? Remove it or fix its name.",
                error.getMessage());
    }

    @Test
    void badValueIsNamedWithFileLineAndWhatIsExpected() throws IOException {
        yaml("synthetic:\n  seed: 1\n  tickers: lots\n");
        ConfigException error = assertThrows(ConfigException.class, () -> load(Map.of(), Map.of()));
        assertEquals("Invalid value 'lots' for synthetic.tickers (config/kairos.yaml line 3): expected a whole number from 1 to 20000.",
                error.getMessage());

        yaml("rebalance:\n  frequency: daily\n");
        error = assertThrows(ConfigException.class, () -> load(Map.of(), Map.of()));
        assertEquals("Invalid value 'daily' for rebalance.frequency (config/kairos.yaml line 2): expected one of monthly, weekly.",
                error.getMessage());
    }

    @Test
    void badValueFromTheEnvironmentNamesTheVariable() {
        ConfigException error = assertThrows(ConfigException.class,
                () -> load(Map.of("KAIROS_HTTP_MAX_ATTEMPTS", "0"), Map.of()));
        assertEquals("Invalid value '0' for http.max_attempts (environment variable KAIROS_HTTP_MAX_ATTEMPTS):"
                + " expected a whole number from 1 to 20.", error.getMessage());
    }

    @Test
    void emptyValueAndNestedSectionsAreRefused() throws IOException {
        yaml("store:\n  db:\n");
        assertEquals("'store.db' in config/kairos.yaml line 2 has no value: give one, or delete the line to use the default.",
                assertThrows(ConfigException.class, () -> load(Map.of(), Map.of())).getMessage());
        yaml("store: data/x.duckdb\n");
        assertEquals("Section 'store' in config/kairos.yaml line 1 must hold keys, e.g. 'store:' followed by indented 'key: value' lines.",
                assertThrows(ConfigException.class, () -> load(Map.of(), Map.of())).getMessage());
    }

    @Test
    void secretsAreRefusedInTheFile() throws IOException {
        yaml("secrets:\n  nasdaq_api_key: abc\n");
        ConfigException error = assertThrows(ConfigException.class, () -> load(Map.of(), Map.of()));
        assertEquals("'secrets.nasdaq_api_key' in config/kairos.yaml line 2 is a secret and does not belong in the configuration"
                + " file: set NASDAQ_DATA_LINK_API_KEY in the environment or in .env instead.", error.getMessage());
    }

    @Test
    void secretsComeFromTheirUsualNamesAndAreNeverPrinted() throws IOException {
        Files.writeString(home.resolve(".env"), "export NASDAQ_API_KEY='from-dotenv'\nAPCA_API_KEY_ID=\"id-123\"\n");
        KairosConfig config = load(Map.of("APCA_API_SECRET_KEY", "s3cr3t-value"), Map.of());
        assertEquals(Optional.of("from-dotenv"), config.secrets().nasdaqApiKey(), "the alias NASDAQ_API_KEY works");
        assertEquals(Optional.of("id-123"), config.secrets().alpacaKeyId());
        assertEquals(Optional.of("s3cr3t-value"), config.secrets().alpacaSecretKey());
        assertFalse(config.toString().contains("s3cr3t-value"));
        assertFalse(config.toString().contains("from-dotenv"));

        KairosConfig preferred = load(Map.of("NASDAQ_DATA_LINK_API_KEY", "primary", "NASDAQ_API_KEY", "alias"), Map.of());
        assertEquals(Optional.of("primary"), preferred.secrets().nasdaqApiKey(), "the documented name wins over its alias");
    }

    @Test
    void alpacaTradingKeysAndBaseUrlComeFromTheAlpacaNames() throws IOException {
        assertEquals("https://paper-api.alpaca.markets", load(Map.of(), Map.of()).broker().alpacaBaseUrl(), "paper by default");

        Files.writeString(home.resolve(".env"), "ALPACA_BASE_URL=https://api.alpaca.markets/\nALPACA_API_KEY_ID=id-new\n");
        EffectiveConfig effective = ConfigLoader.load(ConfigInputs.standard(home, null,
                Map.of("APCA_API_KEY_ID", "id-old", "ALPACA_API_SECRET_KEY", "secret-new", "APCA_API_SECRET_KEY", "secret-old"),
                Map.of()));
        KairosConfig config = KairosConfig.from(home, effective);

        assertEquals("https://api.alpaca.markets", config.broker().alpacaBaseUrl());
        assertEquals(".env line 1 (ALPACA_BASE_URL)", effective.value("broker.alpaca_base_url").orElseThrow().location());
        assertEquals(Optional.of("id-old"), config.secrets().alpacaKeyId(), "the environment is over .env, whatever the name");
        assertEquals(Optional.of("secret-new"), config.secrets().alpacaSecretKey(), "ALPACA_ wins over APCA_ in one layer");
        assertEquals("http://localhost:1", load(Map.of("ALPACA_BASE_URL", "https://api.alpaca.markets",
                "KAIROS_BROKER_ALPACA_BASE_URL", "http://localhost:1"), Map.of()).broker().alpacaBaseUrl(),
                "Kairos's own name wins over the shared one");
    }

    @Test
    void malformedDotEnvLineIsNamed() throws IOException {
        Files.writeString(home.resolve(".env"), "GOOD=1\nthis is not a setting\n");
        assertEquals(".env line 2 is not a NAME=value line; fix it or comment it out with #.",
                assertThrows(ConfigException.class, () -> load(Map.of(), Map.of())).getMessage());
    }

    @Test
    void explicitConfigFileMustExist() {
        Path missing = home.resolve("elsewhere.yaml");
        ConfigException error = assertThrows(ConfigException.class,
                () -> ConfigLoader.load(ConfigInputs.standard(home, missing, Map.of(), Map.of())));
        assertEquals("No configuration file at " + missing + ": check the --config path.", error.getMessage());
    }

    @Test
    void relativePathsResolveAgainstHomeAndAbsoluteOnesStay() throws IOException {
        yaml("store:\n  db: /var/lib/kairos/k.duckdb\npaths:\n  outputs: out\n");
        KairosConfig config = load(Map.of(), Map.of());
        assertEquals(Path.of("/var/lib/kairos/k.duckdb"), config.store().db());
        assertEquals(home.resolve("out"), config.paths().outputs());
    }

    @Test
    void anEmbargoShorterThanTheLabelHorizonIsRefusedNamingBothKeys() throws IOException {
        yaml("labels:\n  horizon: 20\nmodel:\n  embargo: 5\n");
        assertEquals("model.embargo (5 sessions, config/kairos.yaml line 4) must be at least labels.horizon (20 sessions,"
                + " config/kairos.yaml line 2): a shorter embargo lets training labels overlap the validation period.",
                assertThrows(ConfigException.class, () -> load(Map.of(), Map.of())).getMessage());
        assertEquals(new KairosConfig.Labels(20, 2.0, 2.0, 20), load(Map.of("KAIROS_MODEL_EMBARGO", "20"), Map.of()).labels());
    }
}
