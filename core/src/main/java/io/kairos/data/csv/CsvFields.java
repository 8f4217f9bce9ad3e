package io.kairos.data.csv;

import java.util.ArrayList;
import java.util.List;

/** Splits one CSV line with RFC 4180 quoting ("a,b" and doubled quotes inside quotes). */
public final class CsvFields {

    private CsvFields() {
    }

    public static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    /** A header name reduced to letters and digits, lower case: "Adj Close" and "adj_close" both give "adjclose". */
    static String normalizedName(String header) {
        return header.replace("\uFEFF", "").toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** The index of the first candidate present in {@code names}, or -1. */
    static int indexOfAny(List<String> names, String... candidates) {
        for (String candidate : candidates) {
            int index = names.indexOf(candidate);
            if (index >= 0) {
                return index;
            }
        }
        return -1;
    }
}
