package io.kairos.execution.records;

import io.kairos.data.store.StoreTables;
import io.kairos.data.store.StoreWork;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How many orders Kairos's records hold, by venue and last-seen status; read-only, nothing when there are no records. */
public final class OrderCounts {

    /** @param status lower case: new, accepted, partially_filled, filled, canceled, expired, rejected, not_at_broker, ... */
    public record Count(String venue, String status, long orders) {
    }

    private OrderCounts() {
    }

    /** By venue, then status. */
    public static List<Count> of(Connection connection) {
        return StoreWork.read("Cannot count the recorded orders", () -> {
            List<Count> counts = new ArrayList<>();
            if (!StoreTables.exists(connection, RecordTables.ORDERS)) {
                return counts;
            }
            try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("SELECT venue, status,"
                    + " count(*) FROM " + RecordTables.ORDERS + " GROUP BY venue, status ORDER BY venue, status")) {
                while (rows.next()) {
                    counts.add(new Count(rows.getString(1), rows.getString(2).toLowerCase(Locale.ROOT), rows.getLong(3)));
                }
            }
            return counts;
        });
    }
}
