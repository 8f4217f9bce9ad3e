package io.kairos.data.store;

import java.nio.charset.StandardCharsets;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float4Vector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * One batch of a query's result, read column by column. Nulls come back as NaN (numbers) or
 * {@link ColumnBatch#NULL_INT} (integers and dates, as epoch days). Valid only inside the callback
 * that received it.
 */
public final class ArrowRows {

    private final VectorSchemaRoot root;

    ArrowRows(VectorSchemaRoot root) {
        this.root = root;
    }

    public int size() {
        return root.getRowCount();
    }

    /** The index of a column by name. */
    public int column(String name) {
        for (int i = 0; i < root.getFieldVectors().size(); i++) {
            if (root.getVector(i).getName().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no column " + name + " in " + root.getSchema());
    }

    public double getDouble(int column, int row) {
        FieldVector vector = root.getVector(column);
        if (vector.isNull(row)) {
            return Double.NaN;
        }
        if (vector instanceof Float8Vector doubles) {
            return doubles.get(row);
        }
        if (vector instanceof Float4Vector floats) {
            return floats.get(row);
        }
        if (vector instanceof IntVector ints) {
            return ints.get(row);
        }
        if (vector instanceof BigIntVector longs) {
            return longs.get(row);
        }
        throw new IllegalArgumentException(vector.getName() + " is not numeric: " + vector.getField().getType());
    }

    /** An INTEGER, BIGINT (within int range) or DATE column, a date as its epoch day. */
    public int getInt(int column, int row) {
        FieldVector vector = root.getVector(column);
        if (vector.isNull(row)) {
            return ColumnBatch.NULL_INT;
        }
        if (vector instanceof IntVector ints) {
            return ints.get(row);
        }
        if (vector instanceof DateDayVector dates) {
            return dates.get(row);
        }
        if (vector instanceof BigIntVector longs) {
            return Math.toIntExact(longs.get(row));
        }
        throw new IllegalArgumentException(vector.getName() + " is not an integer or date: " + vector.getField().getType());
    }

    public String getString(int column, int row) {
        VarCharVector texts = (VarCharVector) root.getVector(column);
        return texts.isNull(row) ? null : new String(texts.get(row), StandardCharsets.UTF_8);
    }
}
