package io.kairos.data.store;

import java.util.List;

/** Receives a query's result as it streams: the column names once, then each row. */
public interface RowSink {

    void columns(List<String> names);

    /** Values are String, Long, Double, BigDecimal, Boolean, LocalDate, LocalDateTime or null. */
    void row(List<Object> values);
}
