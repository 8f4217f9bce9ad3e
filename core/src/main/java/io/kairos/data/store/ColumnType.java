package io.kairos.data.store;

/** The column types the Arrow bridge moves; every column may hold nulls. */
public enum ColumnType {
    /** Java int; {@link ColumnBatch#NULL_INT} is null. */
    INTEGER("INTEGER"),
    /** Epoch day as a Java int; {@link ColumnBatch#NULL_INT} is null. */
    DATE("DATE"),
    /** Java double; NaN and the infinities are written as null. */
    DOUBLE("DOUBLE"),
    /** Java String; null is null. */
    VARCHAR("VARCHAR");

    private final String sql;

    ColumnType(String sql) {
        this.sql = sql;
    }

    /** The DuckDB type name, for CREATE TABLE. */
    public String sql() {
        return sql;
    }
}
