package io.kairos.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@code .env} file: {@code NAME=value} lines, optional {@code export } prefix, {@code #} comments,
 * values optionally in single or double quotes. Values are never logged.
 */
final class DotEnvFile {

    /** A variable and the line it was set on. */
    record Entry(String value, int line) {
    }

    private DotEnvFile() {
    }

    static Map<String, Entry> read(Path file, String displayName) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return entries;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new ConfigException("Cannot read " + displayName + ": " + e.getMessage());
        }
        for (int index = 0; index < lines.size(); index++) {
            String line = lines.get(index).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("export ")) {
                line = line.substring("export ".length()).strip();
            }
            int equals = line.indexOf('=');
            String name = equals < 0 ? "" : line.substring(0, equals).strip();
            if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw new ConfigException(displayName + " line " + (index + 1)
                        + " is not a NAME=value line; fix it or comment it out with #.");
            }
            entries.put(name, new Entry(unquote(line.substring(equals + 1).strip()), index + 1));
        }
        return entries;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        int comment = value.indexOf(" #");
        return comment < 0 ? value : value.substring(0, comment).strip();
    }
}
