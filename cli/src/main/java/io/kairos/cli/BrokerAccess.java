package io.kairos.cli;

import io.kairos.KairosException;
import io.kairos.config.KairosConfig;
import io.kairos.data.store.PriceStore;
import io.kairos.execution.Broker;
import io.kairos.execution.alpaca.AlpacaBroker;
import io.kairos.execution.alpaca.AlpacaBrokerSettings;
import io.kairos.execution.fill.CostModel;
import io.kairos.execution.fill.FillModel;
import io.kairos.execution.fill.ReferencePrice;
import io.kairos.execution.sim.SimBroker;
import io.kairos.http.RetryTiming;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Which broker a command talks to: Alpaca when its keys are set (ALPACA_API_KEY_ID and
 * ALPACA_API_SECRET_KEY), else the simulated broker kept in the store.
 */
final class BrokerAccess {

    private BrokerAccess() {
    }

    static boolean alpacaKeys(KairosConfig config) {
        return config.secrets().alpacaKeys();
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

    /** The broker for an operator command: Alpaca, or the store's existing simulated account (never a new one). */
    static Broker existing(KairosContext context, KairosConfig config, PriceStore store) {
        return ifAny(context, config, () -> store).orElseThrow(() -> KairosException.failure("No Alpaca keys are set and the store has"
                + " no simulated account yet: set ALPACA_API_KEY_ID and ALPACA_API_SECRET_KEY, or run kairos execute --picks ..."
                + " --execute first."));
    }

    /**
     * Alpaca, or the store's existing simulated account; empty when there are no keys and no simulated account yet.
     * The store is opened only for the simulated broker.
     */
    static Optional<Broker> ifAny(KairosContext context, KairosConfig config, Supplier<PriceStore> opened) {
        if (alpacaKeys(config)) {
            return Optional.of(alpaca(context, config));
        }
        return SimBroker.existing(opened.get(), context.calendar(), fills(config)).map(Broker.class::cast);
    }

    /** The simulated broker's fills: the next open, with the costs of the configuration. */
    private static FillModel fills(KairosConfig config) {
        return new FillModel(CostModel.from(config.costs()), ReferencePrice.OPEN);
    }

    /** "alpaca, PAPER account" / "sim (as of D)": said before every broker answer. */
    static String describe(Broker broker) {
        if (broker instanceof SimBroker sim) {
            return "broker: sim (simulated in the store, as of " + sim.asOf() + ")";
        }
        return "broker: " + broker.name() + ", " + (broker.paper() ? "PAPER account" : "LIVE account: real money");
    }
}
