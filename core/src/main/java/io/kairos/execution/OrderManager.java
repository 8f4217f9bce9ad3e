package io.kairos.execution;

import io.kairos.KairosException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Submits orders to a broker exactly once each and tracks their lifecycle. Thread-safe.
 *
 * <p>Submission (docs/EXECUTION.md): first ask the broker for the client order id, and adopt the order
 * when it exists (a re-run never posts twice). Otherwise post. A refusal is final. When the outcome is
 * unknown (timeout, dropped connection, 5xx) or the broker says the id is taken, look the id up again:
 * adopt the order if it is there, post again only if it is not, at most {@value #MAX_POSTS} posts.
 */
public final class OrderManager {

    static final int MAX_POSTS = 3;

    private final Broker broker;
    private final OrderJournal journal;
    private final Clock clock;
    private final Map<String, TrackedOrder> orders = new LinkedHashMap<>();

    public OrderManager(Broker broker, OrderJournal journal, Clock clock) {
        this.broker = broker;
        this.journal = journal;
        this.clock = clock;
    }

    public synchronized TrackedOrder submit(OrderRequest request) {
        String id = request.clientOrderId();
        if (orders.containsKey(id)) {
            throw new IllegalStateException("order " + id + " was already submitted in this run");
        }
        Optional<BrokerOrder> existing = broker.orderByClientId(id);
        if (existing.isPresent()) {
            journal.record("order_adopted", fields(request, existing.get(), "the broker already has this client order id"));
            return track(new TrackedOrder(request, existing.get(), existing.get().status(), true, null, null, null));
        }
        for (int post = 1; post <= MAX_POSTS; post++) {
            java.time.Instant sent = clock.instant();
            journal.record("order_submitted", fields(request, null, "post " + post));
            try {
                BrokerOrder accepted = broker.submit(request);
                journal.record("order_acknowledged", fields(request, accepted, null));
                return track(new TrackedOrder(request, accepted, accepted.status(), false, null, sent, clock.instant()));
            } catch (BrokerException e) {
                switch (e.brokerKind()) {
                    case REFUSED -> {
                        journal.record("order_refused", fields(request, null, e.getMessage()));
                        return track(new TrackedOrder(request, null, OrderStatus.REJECTED, false, e.getMessage(), sent,
                                clock.instant()));
                    }
                    case DUPLICATE, UNKNOWN_OUTCOME -> {
                        journal.record("order_outcome_unknown", fields(request, null, e.brokerKind() + ": " + e.getMessage()));
                        Optional<BrokerOrder> found = broker.orderByClientId(id);
                        if (found.isPresent()) {
                            journal.record("order_adopted", fields(request, found.get(), "found by client order id after "
                                    + e.brokerKind()));
                            return track(new TrackedOrder(request, found.get(), found.get().status(), false, null, sent,
                                    clock.instant()));
                        }
                        if (e.brokerKind() == BrokerException.Kind.DUPLICATE) {
                            throw KairosException.failure("The broker refused order " + id + " as a duplicate but has no order"
                                    + " with that client order id; stopping: reconcile with the broker before retrying.");
                        }
                    }
                    default -> throw e;
                }
            }
        }
        throw KairosException.failure("Order " + id + " could not be placed: " + MAX_POSTS + " posts ended without an answer"
                + " and the broker has no such order; nothing was placed for it.");
    }

    /** Re-reads the order from the broker and moves it to its new state; an illegal move is an error. */
    public synchronized TrackedOrder refresh(String clientOrderId) {
        TrackedOrder known = orders.get(clientOrderId);
        if (known == null) {
            throw new IllegalArgumentException("no order " + clientOrderId + " in this run");
        }
        if (known.broker() == null) {
            return known;
        }
        BrokerOrder latest = broker.orderByClientId(clientOrderId).orElseThrow(() -> KairosException.failure(
                "The broker no longer knows order " + clientOrderId + ": run kairos reconcile."));
        return apply(known, latest);
    }

    public synchronized List<TrackedOrder> orders() {
        return List.copyOf(new ArrayList<>(orders.values()));
    }

    private TrackedOrder apply(TrackedOrder known, BrokerOrder latest) {
        if (!OrderTransitions.legal(known.status(), latest.status())) {
            throw new IllegalStateException("order " + known.request().clientOrderId() + ": " + known.status() + " -> "
                    + latest.status() + " is not a legal transition");
        }
        if (latest.status() != known.status()) {
            journal.record("order_" + latest.status().name().toLowerCase(java.util.Locale.ROOT), fields(known.request(), latest, null));
        }
        return track(known.update(latest));
    }

    private TrackedOrder track(TrackedOrder order) {
        orders.put(order.request().clientOrderId(), order);
        return order;
    }

    private static Map<String, Object> fields(OrderRequest request, BrokerOrder order, String note) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("client_order_id", request.clientOrderId());
        fields.put("symbol", request.symbol());
        fields.put("side", request.side().wire());
        fields.put("qty", request.qty().toPlainString());
        fields.put("type", request.type().wire());
        fields.put("time_in_force", request.timeInForce().wire());
        if (order != null) {
            fields.put("broker_id", order.id());
            fields.put("status", order.status().name());
            fields.put("filled_qty", order.filledQty() == null ? null : order.filledQty().toPlainString());
            fields.put("filled_avg_price", order.filledAvgPrice() == null ? null : order.filledAvgPrice().toPlainString());
        }
        if (note != null) {
            fields.put("note", note);
        }
        return fields;
    }
}
