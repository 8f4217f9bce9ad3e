package io.kairos.ops.preflight;

import io.kairos.execution.Account;
import io.kairos.execution.Broker;
import io.kairos.execution.sim.SimBroker;
import java.util.Optional;

/** The broker answers a read of the account: Alpaca with keys, else the simulated broker in the store. */
final class BrokerReachableCheck implements PreflightCheck {

    @Override
    public String name() {
        return "broker reachable";
    }

    @Override
    public String rule() {
        return "Reads the account (GET /v2/account at Alpaca, with the retries of the http.* settings; the simulated account"
                + " in the store without keys). PASS when it answers. FAIL with the broker's error: check the network, the keys"
                + " (401/403) and ALPACA_BASE_URL. Paper mode with neither keys nor a simulated account yet is a WARN: the"
                + " first kairos execute --execute creates the simulated account.";
    }

    @Override
    public Verdict run(PreflightSubject subject) {
        Optional<Broker> broker = subject.brokerIfAny();
        if (broker.isEmpty()) {
            return Verdict.warn("no Alpaca keys and no simulated account in the store yet: kairos execute --execute creates it");
        }
        Account account = subject.readAccount();
        String who = broker.get() instanceof SimBroker sim ? "the simulated account (as of " + sim.asOf() + ")"
                : broker.get().name() + " " + (broker.get().paper() ? "paper" : "LIVE") + " account " + account.id();
        return Verdict.pass(who + " answered: equity " + account.equity().toPlainString() + ", cash " + account.cash().toPlainString());
    }
}
