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
import io.kairos.ops.health.BrokerSource;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Which broker a command talks to, by broker.venue: with auto (the default) Alpaca when its keys are set
 * (ALPACA_API_KEY_ID and ALPACA_API_SECRET_KEY), else the simulated broker kept in the store; sim always
 * the simulated one (make demo uses it, so keys in .env never meet synthetic picks); alpaca requires the keys.
 */
final class BrokerAccess {

    private BrokerAccess() {
    }

    static boolean alpacaKeys(KairosConfig config) {
        return config.secrets().alpacaKeys();
    }

    /** Whether orders go to Alpaca (else to the simulated broker), by broker.venue. */
    static boolean useAlpaca(KairosConfig config) {
        return switch (config.broker().venue()) {
            case "sim" -> false;
            case "alpaca" -> {
                if (!alpacaKeys(config)) {
                    throw KairosException.failure("broker.venue is alpaca but ALPACA_API_KEY_ID and ALPACA_API_SECRET_KEY are not both"
                            + " set: put them in the environment or .env, or set broker.venue to auto or sim.");
                }
                yield true;
            }
            default -> alpacaKeys(config);
        };
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
        return ifAny(context, config, () -> store).orElseThrow(() -> KairosException.failure("The broker is the simulated one"
                + " (broker.venue " + config.broker().venue() + ", Alpaca keys " + (alpacaKeys(config) ? "set" : "not set")
                + ") and the store has no simulated account yet: run kairos execute --picks ... --execute first, or set"
                + " ALPACA_API_KEY_ID and ALPACA_API_SECRET_KEY."));
    }

    /**
     * Alpaca, or the store's existing simulated account; empty when orders would go to the simulated broker and the
     * store has no account yet. The store is opened only for the simulated broker.
     */
    static Optional<Broker> ifAny(KairosContext context, KairosConfig config, Supplier<PriceStore> opened) {
        if (useAlpaca(config)) {
            return Optional.of(alpaca(context, config));
        }
        return SimBroker.existing(opened.get(), context.calendar(), fills(config)).map(Broker.class::cast);
    }

    /** The broker health looks at: Alpaca by broker.venue, else the store's simulated account as it stands (read only), else none. */
    static BrokerSource forHealth(KairosContext context, KairosConfig config) {
        return store -> useAlpaca(config) ? Optional.of(alpaca(context, config))
                : store == null ? Optional.empty() : SimBroker.asItStands(store, context.calendar(), fills(config)).map(Broker.class::cast);
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
