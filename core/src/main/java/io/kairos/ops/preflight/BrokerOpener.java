package io.kairos.ops.preflight;

import io.kairos.config.KairosConfig;
import io.kairos.data.store.PriceStore;
import io.kairos.execution.Broker;
import java.util.Optional;
import java.util.function.Supplier;

/** How the composition root picks the broker: Alpaca with keys, else the simulated account in the store. */
@FunctionalInterface
public interface BrokerOpener {

    /**
     * The broker of this configuration, or empty when there is none to ask (no Alpaca keys and no simulated account
     * yet). {@code store} opens the store on first use; a broker that does not live in it need not call it.
     */
    Optional<Broker> open(KairosConfig config, Supplier<PriceStore> store);
}
