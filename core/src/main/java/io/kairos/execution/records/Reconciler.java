package io.kairos.execution.records;

import io.kairos.execution.Broker;
import io.kairos.execution.BrokerOrder;
import io.kairos.execution.OrderJournal;
import io.kairos.execution.OrderStatus;
import io.kairos.execution.OrderTransitions;
import io.kairos.execution.Position;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code kairos reconcile}: compares Kairos's records of a venue with the broker, the broker being the truth.
 *
 * <p>Orders: every order the broker lists (its recent ones) against the record of its client order id, and every
 * recorded working order the broker did not list, looked up by id. Each order's newly recorded fills move the local
 * book. Positions: the book, so moved, against the broker's positions. Every difference is reported; with repair,
 * the records are set to the broker's view, the differences kept in {@code exec_reconciliations} and told to the
 * audit log. A venue without records is initialised from the broker as it stands.
 */
public final class Reconciler {

    private final Broker broker;
    private final ExecutionRecords records;
    private final OrderJournal journal;

    public Reconciler(Broker broker, ExecutionRecords records, OrderJournal journal) {
        this.broker = broker;
        this.records = records;
        this.journal = journal;
    }

    /** @param repair false for a dry run: report, write nothing */
    public ReconcileResult reconcile(boolean repair) {
        boolean initialise = records.isEmpty();
        Map<String, LocalOrder> recorded = records.orders();
        Map<String, BigDecimal> book = new TreeMap<>(records.book());
        List<Difference> differences = new ArrayList<>();
        Map<String, LocalOrder> repairs = new LinkedHashMap<>();
        Set<String> listed = new HashSet<>();
        for (BrokerOrder order : broker.orders(false)) {
            listed.add(order.clientOrderId());
            compare(recorded.get(order.clientOrderId()), order, initialise, differences, repairs, book);
        }
        for (LocalOrder order : recorded.values()) {
            if (listed.contains(order.clientOrderId()) || finished(order.status())) {
                continue;
            }
            Optional<BrokerOrder> found = broker.orderByClientId(order.clientOrderId());
            if (found.isPresent()) {
                compare(order, found.get(), initialise, differences, repairs, book);
            } else {
                differences.add(new Difference(Difference.Kind.ORDER_NOT_AT_BROKER, subject(order.clientOrderId(), order.symbol()),
                        describe(order), "none"));
                repairs.put(order.clientOrderId(), new LocalOrder(order.clientOrderId(), order.brokerId(), order.symbol(), order.side(),
                        order.qty(), LocalOrder.NOT_AT_BROKER, order.filledQty(), order.filledAvgPrice(), order.origin()));
            }
        }
        List<Position> positions = broker.positions();
        Map<String, BigDecimal> held = new TreeMap<>();
        positions.forEach(position -> held.put(position.symbol(), LocalOrder.plain(position.qty())));
        TreeSet<String> symbols = new TreeSet<>(book.keySet());
        symbols.addAll(held.keySet());
        for (String symbol : symbols) {
            BigDecimal local = book.getOrDefault(symbol, BigDecimal.ZERO);
            BigDecimal truth = held.getOrDefault(symbol, BigDecimal.ZERO);
            if (local.compareTo(truth) != 0) {
                if (!initialise) {
                    differences.add(new Difference(Difference.Kind.POSITION_MISMATCH, symbol, local.toPlainString(), truth.toPlainString()));
                }
                book.put(symbol, truth);
            }
        }
        if (initialise) {
            differences.clear();
        }
        if (repair) {
            records.repair(List.copyOf(repairs.values()), book, differences);
            for (Difference difference : differences) {
                journal.record("reconcile_difference", Map.of("venue", records.venue(), "kind", difference.kind().name(),
                        "subject", difference.subject(), "local", difference.local(), "broker", difference.broker()));
            }
            journal.record("reconciled", Map.of("venue", records.venue(), "initialised", initialise,
                    "differences", differences.size(), "breaks", differences.stream().filter(d -> d.kind().unexplained()).count()));
        }
        return new ReconcileResult(records.venue(), initialise, listed.size() + (int) recorded.keySet().stream()
                .filter(id -> !listed.contains(id)).count(), symbols.size(), List.copyOf(differences), repair);
    }

    /** Records a difference between the record (null when none) and the broker's order, and the repair, moving the book. */
    private static void compare(LocalOrder local, BrokerOrder order, boolean initialise, List<Difference> differences,
            Map<String, LocalOrder> repairs, Map<String, BigDecimal> book) {
        LocalOrder truth = LocalOrder.of(order, local == null ? LocalOrder.FROM_BROKER : local.origin());
        if (local != null && local.sameAs(truth)) {
            return;
        }
        String subject = subject(order.clientOrderId(), order.symbol());
        if (local == null) {
            differences.add(new Difference(Difference.Kind.ORDER_NOT_RECORDED, subject, "none", describe(truth)));
        } else {
            differences.add(new Difference(progressed(local, truth) ? Difference.Kind.ORDER_PROGRESSED : Difference.Kind.ORDER_CONFLICT,
                    subject, describe(local), describe(truth)));
        }
        repairs.put(truth.clientOrderId(), truth);
        if (!initialise) {
            BigDecimal change = truth.signedFilled().subtract(local == null ? BigDecimal.ZERO : local.signedFilled());
            book.put(truth.symbol(), LocalOrder.plain(book.getOrDefault(truth.symbol(), BigDecimal.ZERO).add(change)));
        }
    }

    /** A legal move of the same order, its fills only growing. */
    private static boolean progressed(LocalOrder local, LocalOrder truth) {
        if (local.status().equals(LocalOrder.NOT_AT_BROKER) || !local.symbol().equals(truth.symbol()) || local.side() != truth.side()
                || local.qty().compareTo(truth.qty()) != 0 || truth.filledQty().compareTo(local.filledQty()) < 0) {
            return false;
        }
        return OrderTransitions.legal(OrderStatus.valueOf(local.status()), OrderStatus.valueOf(truth.status()));
    }

    private static boolean finished(String status) {
        return status.equals(LocalOrder.NOT_AT_BROKER) || OrderStatus.valueOf(status).terminal();
    }

    private static String subject(String clientOrderId, String symbol) {
        return clientOrderId + " " + symbol;
    }

    private static String describe(LocalOrder order) {
        return order.side().wire() + " " + order.qty().toPlainString() + " " + order.status().toLowerCase(
                java.util.Locale.ROOT) + ", filled " + order.filledQty().toPlainString();
    }
}
