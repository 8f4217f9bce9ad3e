package io.kairos.labels;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/** One row of {@code labels} as a test reads it; NULL triple-barrier columns are null. */
record LabelRow(String ticker, LocalDate date, int horizon, LocalDate exitDate, double fwdRet, double excessRet,
        int label, Integer tbLabel, LocalDate tbHitDate, int delisted) {

    static LabelRow of(ResultSet row) throws SQLException {
        return new LabelRow(row.getString("ticker"), row.getObject("date", LocalDate.class), row.getInt("horizon"),
                row.getObject("exit_date", LocalDate.class), row.getDouble("fwd_ret"), row.getDouble("excess_ret"),
                row.getInt("label"), (Integer) row.getObject("tb_label"), row.getObject("tb_hit_date", LocalDate.class),
                row.getInt("delisted"));
    }
}
