package io.kairos.ops.health;

import io.kairos.data.store.PriceStore;
import io.kairos.execution.Broker;
import java.util.Optional;

/** The broker health looks at, when one is configured or a simulated account exists; made by the composition root. */
@FunctionalInterface
public interface BrokerSource {

    /**
     * @param store the store open read-only, or null when it could not be opened (busy, missing)
     * @return the broker, or empty when none is configured
     */
    Optional<Broker> open(PriceStore store);
}
