package io.kairos.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a settings file and remembers the line of every key, so that an unknown key or a bad value can be
 * reported with its file and line. {@code kairos.yaml} holds sections, {@code section: {key: value}};
 * {@code risk.yaml} holds the keys of one section at its top level. Lists of scalars are kept as
 * comma-separated text.
 */
final class YamlSettingsFile {

    private static final YAMLFactory YAML = new YAMLFactory();

    private final Path file;
    private final String displayName;
    /** The section whose keys the file holds at its top level, or null for a file of sections. */
    private final String onlySection;
    /** Sections kept in a file of their own, refused here: section to that file's name. */
    private final Map<String, String> sectionsElsewhere;

    private YamlSettingsFile(Path file, String displayName, String onlySection, Map<String, String> sectionsElsewhere) {
        this.file = file;
        this.displayName = displayName;
        this.onlySection = onlySection;
        this.sectionsElsewhere = sectionsElsewhere;
    }

    /** A file of sections, such as kairos.yaml; the sections of {@code sectionsElsewhere} are refused with a pointer. */
    static YamlSettingsFile ofSections(Path file, String displayName, Map<String, String> sectionsElsewhere) {
        return new YamlSettingsFile(file, displayName, null, Map.copyOf(sectionsElsewhere));
    }

    /** A file of one section's keys, such as risk.yaml: {@code max_position_pct: 0.10} sets risk.max_position_pct. */
    static YamlSettingsFile ofSection(Path file, String displayName, String section) {
        return new YamlSettingsFile(file, displayName, section, Map.of());
    }

    /** The settings the file sets, by dotted key; empty when the file does not exist. */
    Map<String, ConfigValue> read() {
        Map<String, ConfigValue> values = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return values;
        }
        try (JsonParser parser = YAML.createParser(file.toFile())) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return values;
            }
            if (first != JsonToken.START_OBJECT) {
                throw error(parser, onlySection == null ? "the file must be a mapping of sections such as 'store:' and 'rebalance:'"
                        : "the file must be a mapping of keys such as '" + SettingsCatalog.keysUnder(onlySection).get(0) + ": ...'");
            }
            if (onlySection != null) {
                readKeys(parser, onlySection, values);
                return values;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                readSection(parser, values);
            }
            return values;
        } catch (IOException e) {
            throw new ConfigException("Cannot read " + displayName + ": " + e.getMessage());
        }
    }

    private void readSection(JsonParser parser, Map<String, ConfigValue> values) throws IOException {
        String section = parser.currentName();
        int line = line(parser);
        if (!SettingsCatalog.isSection(section)) {
            throw new ConfigException("Unknown section '" + section + "' in " + displayName + " line " + line + "."
                    + Suggestions.closest(section, SettingsCatalog.ALL.stream().map(Setting::section).distinct().toList())
                    + " Remove it or fix its name.");
        }
        String elsewhere = sectionsElsewhere.get(section);
        if (elsewhere != null) {
            throw new ConfigException("Section '" + section + "' in " + displayName + " line " + line + " belongs in " + elsewhere
                    + ": move its keys there, without the '" + section + ":' line.");
        }
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw new ConfigException("Section '" + section + "' in " + displayName + " line " + line
                    + " must hold keys, e.g. '" + section + ":' followed by indented 'key: value' lines.");
        }
        readKeys(parser, section, values);
    }

    private void readKeys(JsonParser parser, String section, Map<String, ConfigValue> values) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = section + "." + parser.currentName();
            int keyLine = line(parser);
            if (section.equals(onlySection) && section.equals(parser.currentName())) {
                throw new ConfigException(displayName + " line " + keyLine + ": the keys of this file sit at its top level,"
                        + " without a '" + section + ":' line.");
            }
            Setting setting = SettingsCatalog.find(key).orElseThrow(() -> new ConfigException(
                    "Unknown key '" + key + "' in " + displayName + " line " + keyLine + "."
                            + Suggestions.closest(key.substring(section.length() + 1), SettingsCatalog.keysUnder(section))
                            + " Known keys under " + section + ": " + String.join(", ", SettingsCatalog.keysUnder(section)) + "."));
            if (setting.secret()) {
                throw new ConfigException("'" + key + "' in " + displayName + " line " + keyLine
                        + " is a secret and does not belong in the configuration file: set "
                        + setting.envNames().get(0) + " in the environment or in .env instead.");
            }
            String raw = scalarOrList(parser, key, keyLine);
            values.put(key, new ConfigValue(key, raw, ConfigOrigin.FILE, displayName + " line " + keyLine));
        }
    }

    private String scalarOrList(JsonParser parser, String key, int line) throws IOException {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.START_ARRAY) {
            List<String> items = new ArrayList<>();
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (!token.isScalarValue()) {
                    throw new ConfigException("'" + key + "' in " + displayName + " line " + line + " must be a list of plain values.");
                }
                items.add(parser.getText());
            }
            return String.join(",", items);
        }
        if (token == JsonToken.VALUE_NULL) {
            throw new ConfigException("'" + key + "' in " + displayName + " line " + line
                    + " has no value: give one, or delete the line to use the default.");
        }
        if (!token.isScalarValue()) {
            throw new ConfigException("'" + key + "' in " + displayName + " line " + line + " must be a plain value, not a nested section.");
        }
        return parser.getText();
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }

    private ConfigException error(JsonParser parser, String what) {
        return new ConfigException(displayName + " line " + line(parser) + ": " + what + ".");
    }
}
