package io.kairos.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table: a header, a rule, aligned columns with numbers to the right. */
final class TextTable {

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();
    private final boolean[] numeric;

    TextTable(List<String> header) {
        this.header = List.copyOf(header);
        this.numeric = new boolean[header.size()];
        java.util.Arrays.fill(numeric, true);
    }

    void add(List<?> values) {
        List<String> cells = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value != null && !Cells.isNumber(value)) {
                numeric[i] = false;
            }
            cells.add(Cells.text(value));
        }
        rows.add(cells);
    }

    void print(PrintWriter out) {
        int[] widths = new int[header.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = header.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        out.println(line(header, widths));
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            rule.append(i == 0 ? "" : "  ").append("-".repeat(widths[i]));
        }
        out.println(rule);
        rows.forEach(row -> out.println(line(row, widths)));
    }

    private String line(List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String format = "%" + (numeric[i] && !rows.isEmpty() ? "" : "-") + widths[i] + "s";
            line.append(i == 0 ? "" : "  ").append(String.format(format, cells.get(i)));
        }
        return line.toString().stripTrailing();
    }
}
