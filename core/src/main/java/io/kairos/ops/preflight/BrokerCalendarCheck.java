package io.kairos.ops.preflight;

import io.kairos.execution.Broker;
import io.kairos.execution.CalendarAgreement;
import io.kairos.execution.sim.SimBroker;

/** The broker's calendar and clock agree with Kairos's NYSE calendar, as execute demands before any order. */
final class BrokerCalendarCheck implements PreflightCheck {

    @Override
    public String name() {
        return "broker calendar agrees";
    }

    @Override
    public String rule() {
        return "The check execute makes before any order: the broker's sessions of the 7 days around today (open and close)"
                + " equal Kairos's NYSE calendar, its clock is within 5 minutes of this machine's, and it says the market is"
                + " open exactly when the calendar does. FAIL names the disagreement: fix the machine's clock (NTP) or find"
                + " out which calendar is wrong. The simulated broker is judged at its own session's close.";
    }

    @Override
    public Verdict run(PreflightSubject subject) {
        Broker broker = subject.broker();
        CalendarAgreement.require(broker, subject.calendar(), subject.brokerNow());
        return Verdict.pass(broker instanceof SimBroker sim ? "the simulated broker uses the NYSE calendar (as of " + sim.asOf() + ")"
                : broker.name() + "'s sessions around " + subject.today() + " and its clock agree with the NYSE calendar");
    }
}
