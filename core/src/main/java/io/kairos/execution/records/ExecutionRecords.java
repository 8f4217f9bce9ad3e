package io.kairos.execution.records;

import io.kairos.data.store.StoreWork;
import io.kairos.execution.BrokerOrder;
import io.kairos.execution.ExecutionPlan;
import io.kairos.execution.OrderStatus;
import io.kairos.execution.TrackedOrder;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Kairos's records of one venue in the store ({@link RecordTables}): written by {@code execute} and {@code liquidate},
 * compared with the broker and repaired by {@code reconcile}, read by {@code track-performance}. A recorded fill
 * moves the local book by its quantity, so the book says what Kairos's own orders leave held.
 */
public final class ExecutionRecords {

    private static final String CANNOT = "Cannot write the execution records";

    private final Connection connection;
    private final String venue;
    private final Clock clock;
    private final LocalOrders orders;
    private final LocalBook book;
    private final ExecutionRuns runs;

    private ExecutionRecords(Connection connection, String venue, Clock clock) {
        this.connection = connection;
        this.venue = venue;
        this.clock = clock;
        this.orders = new LocalOrders(connection, venue);
        this.book = new LocalBook(connection, venue);
        this.runs = new ExecutionRuns(connection, venue);
    }

    /** The records of {@code venue}, the tables created when missing. */
    public static ExecutionRecords open(Connection connection, String venue, Clock clock) {
        StoreWork.inTransaction(connection, "Cannot create the execution records", () -> {
            RecordTables.createIfMissing(connection);
            return null;
        });
        return new ExecutionRecords(connection, venue, clock);
    }

    public String venue() {
        return venue;
    }

    /**
     * After {@code execute --execute}: the picks and the equity they were sized from, and every order as last seen,
     * its fills moving the book. The first record of a venue starts the book from the positions the plan was sized
     * from, the broker's truth at that moment.
     */
    public void recordExecution(ExecutionPlan plan, List<TrackedOrder> latest) {
        StoreWork.inTransaction(connection, CANNOT, () -> {
            Instant now = clock.instant();
            if (empty()) {
                for (Map.Entry<String, BigDecimal> position : plan.positions().entrySet()) {
                    book.set(position.getKey(), position.getValue(), now);
                }
            }
            runs.record(plan, now);
            for (TrackedOrder order : latest) {
                apply(local(order), now);
            }
            return null;
        });
    }

    /** Orders Kairos sent outside {@code execute} (the closing orders of {@code liquidate}). */
    public void recordOrders(List<BrokerOrder> sent) {
        StoreWork.inTransaction(connection, CANNOT, () -> {
            Instant now = clock.instant();
            for (BrokerOrder order : sent) {
                apply(LocalOrder.of(order, LocalOrder.FROM_KAIROS), now);
            }
            return null;
        });
    }

    /** The picks executed at this venue, oldest first. */
    public List<RecordedRun> runs() {
        return StoreWork.read("Cannot read the execution records", runs::all);
    }

    Map<String, LocalOrder> orders() {
        return StoreWork.read("Cannot read the execution records", orders::all);
    }

    Map<String, BigDecimal> book() {
        return StoreWork.read("Cannot read the execution records", book::positions);
    }

    /** True when nothing is recorded for this venue: no run, no order, no position. */
    boolean isEmpty() {
        return StoreWork.read("Cannot read the execution records", this::empty);
    }

    /** Sets the records to what reconcile found at the broker, and keeps the differences, in one transaction. */
    void repair(List<LocalOrder> repairedOrders, Map<String, BigDecimal> repairedBook, List<Difference> differences) {
        StoreWork.inTransaction(connection, CANNOT, () -> {
            Instant now = clock.instant();
            for (LocalOrder order : repairedOrders) {
                orders.put(order, now);
            }
            TreeSet<String> symbols = new TreeSet<>(book.positions().keySet());
            symbols.addAll(repairedBook.keySet());
            for (String symbol : symbols) {
                book.set(symbol, repairedBook.getOrDefault(symbol, BigDecimal.ZERO), now);
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + RecordTables.RECONCILIATIONS
                    + " (venue, reconciled_at, kind, subject, local_value, broker_value, repaired) VALUES (?, ?, ?, ?, ?, ?, true)")) {
                for (Difference difference : differences) {
                    insert.setString(1, venue);
                    insert.setObject(2, LocalDateTime.ofInstant(now, ZoneOffset.UTC));
                    insert.setString(3, difference.kind().name());
                    insert.setString(4, difference.subject());
                    insert.setString(5, difference.local());
                    insert.setString(6, difference.broker());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    private boolean empty() throws SQLException {
        return runs.all().isEmpty() && orders.all().isEmpty() && book.positions().isEmpty();
    }

    /** Records the order as it now stands; what filled since the last record moves the book. */
    private void apply(LocalOrder latest, Instant now) throws SQLException {
        LocalOrder previous = orders.get(latest.clientOrderId());
        BigDecimal change = latest.signedFilled().subtract(previous == null ? BigDecimal.ZERO : previous.signedFilled());
        book.add(latest.symbol(), change, now);
        orders.put(latest, now);
    }

    private static LocalOrder local(TrackedOrder order) {
        if (order.broker() != null) {
            return LocalOrder.of(order.broker(), LocalOrder.FROM_KAIROS);
        }
        return new LocalOrder(order.request().clientOrderId(), null, order.request().symbol(), order.request().side(),
                order.request().qty(), OrderStatus.REJECTED.name(), BigDecimal.ZERO, null, LocalOrder.FROM_KAIROS);
    }
}
