package io.kairos.data.sharadar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.kairos.KairosException;
import io.kairos.http.JsonResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of a Nasdaq Data Link table. Rows are positional arrays whose meaning is given by
 * {@code datatable.columns}; columns are looked up by name on every page because their order and
 * set have changed over the years. Values are read leniently: JSON null is missing, numbers may
 * come as {@code 1858900.0}.
 */
final class DatatablePage {

    private final String table;
    private final int pageNumber;
    private final String url;
    private final Map<String, Integer> columns;
    private final JsonNode rows;
    private final String nextCursor;

    private DatatablePage(String table, int pageNumber, String url, Map<String, Integer> columns, JsonNode rows,
            String nextCursor) {
        this.table = table;
        this.pageNumber = pageNumber;
        this.url = url;
        this.columns = columns;
        this.rows = rows;
        this.nextCursor = nextCursor;
    }

    /** Reads page {@code pageNumber} (1-based) of {@code table} from a tables API answer. */
    static DatatablePage parse(String table, int pageNumber, JsonResponse response) {
        JsonNode datatable = response.body().path("datatable");
        JsonNode columnList = datatable.path("columns");
        JsonNode rows = datatable.path("data");
        if (!columnList.isArray() || !rows.isArray()) {
            throw KairosException.failure("Nasdaq Data Link GET " + response.url() + " answered without the"
                    + " datatable.columns and datatable.data arrays of the tables API; check the base URL.");
        }
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < columnList.size(); i++) {
            columns.put(columnList.get(i).path("name").asText(""), i);
        }
        JsonNode cursor = response.body().path("meta").path("next_cursor_id");
        String nextCursor = cursor.isTextual() && !cursor.asText().isEmpty() ? cursor.asText() : null;
        return new DatatablePage(table, pageNumber, response.url(), columns, rows, nextCursor);
    }

    int size() {
        return rows.size();
    }

    /** The cursor of the next page, null on the last. */
    String nextCursor() {
        return nextCursor;
    }

    /** The position of an optional column, -1 when this page does not have it. */
    int column(String name) {
        return columns.getOrDefault(name, -1);
    }

    /** The position of a column the rows cannot be read without. */
    int requiredColumn(String name) {
        Integer position = columns.get(name);
        if (position == null) {
            List<String> present = new ArrayList<>(columns.keySet());
            present.sort(null);
            throw KairosException.failure(table + " page " + pageNumber + " has no '" + name + "' column (it has "
                    + String.join(", ", present) + "), so its rows cannot be read; nothing was written. The table's"
                    + " layout changed: report this with the URL " + url);
        }
        return position;
    }

    /** A text value, null when missing or when the column is absent. */
    String text(int row, int column) {
        JsonNode value = value(row, column);
        return value.isNull() || value.isMissingNode() ? null : value.asText();
    }

    /** A number, NaN when missing or when the column is absent. */
    double number(int row, int column) {
        JsonNode value = value(row, column);
        if (value.isNumber()) {
            return value.asDouble();
        }
        if (value.isNull() || value.isMissingNode()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(value.asText());
        } catch (NumberFormatException e) {
            throw badRow(row, "has '" + value.asText() + "' where a number was expected");
        }
    }

    /** A {@code YYYY-MM-DD} date, null when missing or when the column is absent. */
    LocalDate date(int row, int column) {
        String text = text(row, column);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw badRow(row, "has '" + text + "' where a YYYY-MM-DD date was expected");
        }
    }

    /** An error about one row, naming where it is so it can be found in the answer. */
    KairosException badRow(int row, String problem) {
        return KairosException.failure(table + " page " + pageNumber + ", row " + (row + 1) + " " + problem
                + ": " + rows.get(row) + "; nothing was written. The answer came from GET " + url);
    }

    private JsonNode value(int row, int column) {
        return column < 0 ? MissingNode.getInstance() : rows.get(row).path(column);
    }
}
