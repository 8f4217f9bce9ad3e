package io.kairos.execution.records;

import io.kairos.execution.Account;
import io.kairos.execution.Broker;

/** Which account local records belong to: {@code sim}, {@code alpaca-paper:<account id>}, {@code alpaca-live:<account id>}. */
public final class Venues {

    private Venues() {
    }

    public static String of(Broker broker, Account account) {
        if ("sim".equals(broker.name())) {
            return "sim";
        }
        return broker.name() + (broker.paper() ? "-paper:" : "-live:") + account.id();
    }
}
