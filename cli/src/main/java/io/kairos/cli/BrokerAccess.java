package io.kairos.cli;

import io.kairos.KairosException;
import io.kairos.config.KairosConfig;
import io.kairos.data.store.PriceStore;
import io.kairos.data.store.StoreTables;
import io.kairos.execution.Broker;
import io.kairos.execution.alpaca.AlpacaBroker;
import io.kairos.execution.alpaca.AlpacaBrokerSettings;
import io.kairos.execution.fill.CostModel;
import io.kairos.execution.fill.FillModel;
import io.kairos.execution.fill.ReferencePrice;
import io.kairos.execution.sim.SimBroker;
import io.kairos.http.RetryTiming;
import io.kairos.ops.health.BrokerSource;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Which broker a command talks to: Alpaca when its keys are set (ALPACA_API_KEY_ID and
 * ALPACA_API_SECRET_KEY), else the simulated broker kept in the store.
 */
final class BrokerAccess {

    private BrokerAccess() {
    }

    static boolean alpacaKeys(KairosConfig config) {
        return config.secrets().alpacaKeyId().isPresent() && config.secrets().alpacaSecretKey().isPresent();
    }

    static Broker alpaca(KairosContext context, KairosConfig config) {
        return new AlpacaBroker(new AlpacaBrokerSettings(config.broker().alpacaBaseUrl(), config.secrets().alpacaKeyId().orElseThrow(),
                config.secrets().alpacaSecretKey().orElseThrow(), KairosContext.retryPolicy(config)), context.http(config),
                RetryTiming.system());
    }

    /** The simulated account at or after {@code date}, created with the default cash when the store has none. */
    static SimBroker sim(KairosContext context, KairosConfig config, PriceStore store, LocalDate date) {
        return SimBroker.openAtOrAfter(store, context.calendar(), fills(config), SimBroker.DEFAULT_INITIAL_CASH, date);
    }

    /**
     * The broker health looks at: Alpaca when its keys are set, else the store's simulated account as it stands (read
     * only), else none.
     */
    static BrokerSource forHealth(KairosContext context, KairosConfig config) {
        return store -> {
            if (alpacaKeys(config)) {
                return Optional.of(alpaca(context, config));
            }
            try {
                if (store == null || !StoreTables.exists(store.connection(), "sim_account")) {
                    return Optional.empty();
                }
            } catch (SQLException e) {
                throw KairosException.failure("Cannot read the store: " + e.getMessage(), e);
            }
            return Optional.of(SimBroker.asItStands(store, context.calendar(), fills(config)));
        };
    }

    private static FillModel fills(KairosConfig config) {
        return new FillModel(CostModel.from(config.costs()), ReferencePrice.OPEN);
    }

    /** The broker for an operator command: Alpaca, or the store's existing simulated account (never a new one). */
    static Broker existing(KairosContext context, KairosConfig config, PriceStore store) {
        if (alpacaKeys(config)) {
            return alpaca(context, config);
        }
        try {
            if (!StoreTables.exists(store.connection(), "sim_account")) {
                throw KairosException.failure("No Alpaca keys are set and the store has no simulated account yet: set"
                        + " ALPACA_API_KEY_ID and ALPACA_API_SECRET_KEY, or run kairos execute --picks ... --execute first.");
            }
        } catch (SQLException e) {
            throw KairosException.failure("Cannot read the store: " + e.getMessage(), e);
        }
        return sim(context, config, store, LocalDate.of(1990, 1, 2));
    }

    /** "alpaca, PAPER account" / "sim (as of D)": said before every broker answer. */
    static String describe(Broker broker) {
        if (broker instanceof SimBroker sim) {
            return "broker: sim (simulated in the store, as of " + sim.asOf() + ")";
        }
        return "broker: " + broker.name() + ", " + (broker.paper() ? "PAPER account" : "LIVE account: real money");
    }
}
