package io.kairos.ops.health;

import io.kairos.KairosException;
import io.kairos.calendar.NyseCalendar;
import io.kairos.calendar.RebalanceSchedule;
import io.kairos.config.KairosConfig;
import io.kairos.data.store.PriceStore;
import io.kairos.data.store.StoreLockedException;
import io.kairos.data.store.StoreSettings;
import io.kairos.execution.Broker;
import io.kairos.execution.records.OrderCounts;
import io.kairos.model.ModelStatusCheck;
import io.kairos.ops.audit.AuditLog;
import io.kairos.pipeline.PipelineRuns;
import io.kairos.risk.EquityPeak;
import io.kairos.risk.KillSwitch;
import io.kairos.risk.KillSwitchState;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Looks at every part an operator watches and says how each stands (docs/OPERATIONS.md, "Status and health"): the one
 * source of {@code kairos health}, {@code kairos status} and {@code kairos serve}. It only reads: the store is opened
 * read-only (so it runs beside a pipeline; a store a writer holds is reported as busy), no file is written, and the
 * broker is asked for its account and positions only. A component that cannot be read is FAIL with the reason; the
 * probe itself does not fail.
 */
public final class HealthProbe {

    private final Path db;
    private final StoreSettings storeSettings;
    private final KillSwitch killSwitch;
    private final PipelineRuns runs;
    private final PipelineHealth pipeline;
    private final StoreHealth store;
    private final AccountHealth account;
    private final AuditHealth audit;
    private final NyseCalendar calendar;
    private final RebalanceSchedule schedule;
    private final BrokerSource brokers;
    private final Clock clock;

    public HealthProbe(KairosConfig config, NyseCalendar calendar, RebalanceSchedule schedule, BrokerSource brokers, Clock clock) {
        Path state = config.home().resolve("state");
        this.db = config.store().db();
        this.storeSettings = new StoreSettings(config.store().memoryLimit());
        this.killSwitch = new KillSwitch(state, clock);
        this.runs = new PipelineRuns(config.paths().outputs().resolve("pipeline"));
        this.pipeline = new PipelineHealth(state);
        this.store = new StoreHealth(calendar, new ModelStatusCheck(config.model(), calendar, config.home()),
                config.risk().maxPriceAgeSessions());
        this.account = new AccountHealth(new EquityPeak(state, clock), config.risk());
        this.audit = new AuditHealth(AuditLog.in(config.paths().logs(), clock).file());
        this.calendar = calendar;
        this.schedule = schedule;
        this.brokers = brokers;
        this.clock = clock;
    }

    public HealthReport probe() {
        Instant now = clock.instant();
        LocalDate today = now.atZone(NyseCalendar.ZONE).toLocalDate();
        List<HealthComponent> components = new ArrayList<>();
        components.add(killSwitch());
        PipelineRuns.Run run = null;
        try {
            run = runs.latest().orElse(null);
            components.add(PipelineHealth.pipeline(run));
        } catch (RuntimeException e) {
            components.add(unreadable("pipeline", e));
        }
        components.add(guard("heartbeat", () -> pipeline.heartbeat(now)));
        List<OrderCounts.Count> orders = List.of();
        PriceStore opened = null;
        String unavailable = null;
        HealthState unavailableState = HealthState.FAIL;
        try {
            opened = PriceStore.open(db, PriceStore.Access.READ_ONLY, storeSettings);
        } catch (StoreLockedException e) {
            unavailable = "store busy (a run holds it): " + e.getMessage();
            unavailableState = HealthState.WARN;
        } catch (KairosException e) {
            unavailable = e.getMessage();
        }
        try {
            if (opened != null) {
                PriceStore open = opened;
                components.add(guard("data", () -> store.data(open, calendar.lastCompletedSession(now))));
                components.add(guard("model", () -> store.model(open, today)));
                try {
                    orders = OrderCounts.of(open.connection());
                    components.add(StoreHealth.orders(orders));
                } catch (RuntimeException e) {
                    components.add(unreadable("orders", e));
                }
            } else {
                for (String name : List.of("data", "model", "orders")) {
                    components.add(new HealthComponent(name, unavailableState, unavailable));
                }
            }
            brokerComponent(opened).ifPresent(components::add);
        } finally {
            if (opened != null) {
                opened.close();
            }
        }
        components.add(guard("audit_log", audit::chain));
        components.add(guard("reconcile", audit::reconcile));
        return new HealthReport(now, components, run, read(() -> schedule.next(today, 1).get(0)).orElse(null), orders);
    }

    private HealthComponent killSwitch() {
        Optional<KillSwitchState> state = killSwitch.state();
        Map<Reading, Double> readings = Map.of(Reading.KILL_SWITCH, state.isPresent() ? 1.0 : 0.0);
        return state.map(on -> new HealthComponent("kill_switch", HealthState.FAIL, "ON " + on.describe()
                + "; no order may go out until kairos kill-switch off --confirm", readings))
                .orElseGet(() -> new HealthComponent("kill_switch", HealthState.OK, "off", readings));
    }

    /** Present when a broker is configured or the store has a simulated account. */
    private Optional<HealthComponent> brokerComponent(PriceStore opened) {
        Optional<Broker> broker;
        try {
            broker = brokers.open(opened);
        } catch (RuntimeException e) {
            return Optional.of(new HealthComponent("broker", HealthState.FAIL, "the broker cannot be opened: " + e.getMessage()));
        }
        return broker.map(account::broker);
    }

    private static HealthComponent guard(String name, Supplier<HealthComponent> component) {
        try {
            return component.get();
        } catch (RuntimeException e) {
            return unreadable(name, e);
        }
    }

    private static HealthComponent unreadable(String name, RuntimeException e) {
        return new HealthComponent(name, HealthState.FAIL, "cannot be read: " + e.getMessage());
    }

    /** A figure beside the components: missing rather than failing the probe when it cannot be read. */
    private static <T> Optional<T> read(Supplier<T> figure) {
        try {
            return Optional.ofNullable(figure.get());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
