package io.kairos.features;

import io.kairos.KairosException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** How many price rows one stored date has. */
record DayCount(int epochDay, int rows) {

    /** Every stored date from {@code from} on, in order. */
    static List<DayCount> from(Connection reader, LocalDate from) {
        List<DayCount> days = new ArrayList<>();
        try (Statement statement = reader.createStatement();
                ResultSet rows = statement.executeQuery("SELECT date, count(*) FROM sep_base WHERE date >= "
                        + Sql.date(from) + " GROUP BY date ORDER BY date")) {
            while (rows.next()) {
                days.add(new DayCount((int) rows.getObject(1, LocalDate.class).toEpochDay(), rows.getInt(2)));
            }
            return days;
        } catch (SQLException e) {
            throw KairosException.failure("Cannot count the stored prices per date: " + e.getMessage(), e);
        }
    }
}
