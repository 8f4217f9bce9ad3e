package io.kairos.ops.health;

import io.kairos.KairosException;
import io.kairos.calendar.NyseCalendar;
import io.kairos.data.store.PriceStore;
import io.kairos.execution.records.OrderCounts;
import io.kairos.model.ModelAge;
import io.kairos.model.ModelStatusCheck;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The components read from the store: data (price age), model (age) and orders (Kairos's records). */
final class StoreHealth {

    private final NyseCalendar calendar;
    private final ModelStatusCheck models;
    private final int maxPriceAgeSessions;

    /** @param maxPriceAgeSessions risk.max_price_age_sessions: older prices would be refused by the pre-trade checks */
    StoreHealth(NyseCalendar calendar, ModelStatusCheck models, int maxPriceAgeSessions) {
        this.calendar = calendar;
        this.models = models;
        this.maxPriceAgeSessions = maxPriceAgeSessions;
    }

    /**
     * The age of the prices in NYSE sessions: those completed after the latest date in sep_base, up to {@code session}
     * (the last completed one). 0 is OK, 1 to risk.max_price_age_sessions WARN, more FAIL, and so is an empty store.
     */
    HealthComponent data(PriceStore store, LocalDate session) {
        LocalDate latest = store.latestPriceDate().orElse(null);
        if (latest == null) {
            return new HealthComponent("data", HealthState.FAIL, "sep_base holds no prices: run kairos download");
        }
        LocalDate from = latest.plusDays(1).isBefore(NyseCalendar.FIRST_SUPPORTED) ? NyseCalendar.FIRST_SUPPORTED : latest.plusDays(1);
        long age = from.isAfter(session) ? 0 : calendar.sessions(from, session).size();
        Map<Reading, Double> readings = Map.of(Reading.DATA_AGE_SESSIONS, (double) age);
        String measured = "prices up to " + latest + ", " + age + (age == 1 ? " session" : " sessions") + " behind the last completed"
                + " session " + session;
        if (age == 0) {
            return new HealthComponent("data", HealthState.OK, measured, readings);
        }
        if (age <= maxPriceAgeSessions) {
            return new HealthComponent("data", HealthState.WARN, measured + ": run kairos download", readings);
        }
        return new HealthComponent("data", HealthState.FAIL, measured + ", beyond risk.max_price_age_sessions " + maxPriceAgeSessions
                + " (orders would be refused): run kairos download", readings);
    }

    /** FAIL when the latest model is older than model.max_age_days, WARN when its age cannot be told (no model), else OK. */
    HealthComponent model(PriceStore store, LocalDate today) {
        ModelAge age;
        try {
            age = models.age(store, null, today);
        } catch (KairosException e) {
            return new HealthComponent("model", HealthState.WARN, e.getMessage());
        }
        Map<Reading, Double> readings = Map.of(Reading.MODEL_AGE_DAYS, (double) age.days());
        if (age.stale()) {
            return new HealthComponent("model", HealthState.FAIL, age.staleReason(), readings);
        }
        return new HealthComponent("model", HealthState.OK, "model " + age.modelId() + " is " + age.days() + (age.days() == 1 ? " day"
                : " days") + " old (model.max_age_days " + age.maxDays() + ")", readings);
    }

    /** Informational: the recorded orders of each venue by status; UNKNOWN before the first. */
    static HealthComponent orders(List<OrderCounts.Count> counts) {
        if (counts.isEmpty()) {
            return new HealthComponent("orders", HealthState.UNKNOWN, "no orders recorded yet");
        }
        Map<String, List<OrderCounts.Count>> byVenue = counts.stream().collect(Collectors.groupingBy(OrderCounts.Count::venue,
                java.util.TreeMap::new, Collectors.toList()));
        String detail = byVenue.entrySet().stream().map(venue -> venue.getKey() + ": " + venue.getValue().stream()
                .mapToLong(OrderCounts.Count::orders).sum() + " orders (" + venue.getValue().stream()
                        .map(count -> count.orders() + " " + count.status()).collect(Collectors.joining(", ")) + ")")
                .collect(Collectors.joining("; "));
        return new HealthComponent("orders", HealthState.OK, detail);
    }
}
