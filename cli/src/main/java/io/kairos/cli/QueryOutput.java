package io.kairos.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.kairos.data.store.RowSink;
import io.kairos.ops.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The three ways {@code kairos db query} prints a result. */
enum QueryOutput {
    TABLE, CSV, JSON;

    /** A sink writing to {@code out}; call {@link Finishing#finish()} after the query. */
    Finishing sink(PrintWriter out) {
        return switch (this) {
            case TABLE -> new TableSink(out);
            case CSV -> new CsvSink(out);
            case JSON -> new JsonSink(out);
        };
    }

    /** A row sink with an end. */
    interface Finishing extends RowSink {
        void finish();
    }

    /** Aligned columns, numbers to the right; holds the rows until the end to size the columns. */
    private static final class TableSink implements Finishing {
        private final PrintWriter out;
        private final List<String> names = new ArrayList<>();
        private final List<List<Object>> rows = new ArrayList<>();

        TableSink(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void columns(List<String> columnNames) {
            names.addAll(columnNames);
        }

        @Override
        public void row(List<Object> values) {
            rows.add(values);
        }

        @Override
        public void finish() {
            TextTable table = new TextTable(names);
            rows.forEach(table::add);
            table.print(out);
            out.println("(" + Quantities.count(rows.size()) + (rows.size() == 1 ? " row)" : " rows)"));
            out.flush();
        }
    }

    /** RFC 4180 with a header line, streamed. */
    private static final class CsvSink implements Finishing {
        private final PrintWriter out;

        CsvSink(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void columns(List<String> names) {
            writeLine(new ArrayList<>(names));
        }

        @Override
        public void row(List<Object> values) {
            writeLine(values);
        }

        private void writeLine(List<?> values) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    line.append(',');
                }
                String text = Cells.text(values.get(i));
                boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
                line.append(quote ? '"' + text.replace("\"", "\"\"") + '"' : text);
            }
            out.print(line.append('\n'));
        }

        @Override
        public void finish() {
            out.flush();
        }
    }

    /** A JSON array of objects keyed by column name, streamed; numbers stay numbers. */
    private static final class JsonSink implements Finishing {
        private final JsonGenerator json;
        private List<String> names = List.of();

        JsonSink(PrintWriter out) {
            try {
                json = Json.mapper().getFactory().createGenerator(out);
                json.useDefaultPrettyPrinter();
                json.writeStartArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void columns(List<String> columnNames) {
            names = List.copyOf(columnNames);
        }

        @Override
        public void row(List<Object> values) {
            try {
                json.writeStartObject();
                for (int i = 0; i < names.size(); i++) {
                    json.writeFieldName(names.get(i));
                    write(values.get(i));
                }
                json.writeEndObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void write(Object value) throws IOException {
            if (value == null || value instanceof Double number && !Double.isFinite(number)) {
                json.writeNull();
            } else if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
                json.writeNumber(new BigDecimal(Cells.text(value)));
            } else if (value instanceof Number number) {
                json.writeNumber(number.longValue());
            } else if (value instanceof Boolean bool) {
                json.writeBoolean(bool);
            } else {
                json.writeString(value.toString());
            }
        }

        @Override
        public void finish() {
            try {
                json.writeEndArray();
                json.writeRaw('\n');
                json.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
