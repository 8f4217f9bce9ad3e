package io.kairos.risk;

/** No order while the kill switch is on; read anew for every order. */
final class KillSwitchCheck implements PreTradeCheck {

    private final KillSwitch killSwitch;

    KillSwitchCheck(KillSwitch killSwitch) {
        this.killSwitch = killSwitch;
    }

    @Override
    public String name() {
        return "kill_switch";
    }

    @Override
    public CheckResult evaluate(PreTradeInput input) {
        return killSwitch.state().map(state -> CheckResult.reject(name(), "the kill switch is ON " + state.describe()))
                .orElseGet(() -> CheckResult.pass(name(), "off"));
    }
}
