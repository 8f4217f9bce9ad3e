package io.kairos.data.store;

/** A named, typed column of a table written through {@link ArrowTableWriter}. */
public record Column(String name, ColumnType type) {

    public Column {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("column names are lower-case SQL identifiers, got " + name);
        }
    }

    public static Column integer(String name) {
        return new Column(name, ColumnType.INTEGER);
    }

    public static Column date(String name) {
        return new Column(name, ColumnType.DATE);
    }

    public static Column number(String name) {
        return new Column(name, ColumnType.DOUBLE);
    }

    public static Column text(String name) {
        return new Column(name, ColumnType.VARCHAR);
    }
}
