package io.kairos.ops.preflight;

import io.kairos.risk.KillSwitch;
import io.kairos.risk.KillSwitchState;
import java.util.Optional;

/** The kill switch (state/KILL_SWITCH) is off. */
final class KillSwitchOffCheck implements PreflightCheck {

    @Override
    public String name() {
        return "kill switch off";
    }

    @Override
    public String rule() {
        return "While state/KILL_SWITCH exists no order may go out, so it is a FAIL, with why, since when and by what. Once"
                + " the cause is dealt with: kairos kill-switch off --confirm.";
    }

    @Override
    public Verdict run(PreflightSubject subject) {
        KillSwitch killSwitch = new KillSwitch(subject.stateFolder(), subject.clock());
        Optional<KillSwitchState> state = killSwitch.state();
        return state.map(on -> Verdict.fail("ON " + on.describe() + "; once dealt with: kairos kill-switch off --confirm"))
                .orElseGet(() -> Verdict.pass(subject.shown(killSwitch.file()) + " absent"));
    }
}
