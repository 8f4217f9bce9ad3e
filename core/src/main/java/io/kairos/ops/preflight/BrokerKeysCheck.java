package io.kairos.ops.preflight;

import io.kairos.config.ConfigValue;
import io.kairos.config.EffectiveConfig;
import java.util.List;
import java.util.stream.Stream;

/** The Alpaca keys are set for live trading; without them paper mode uses the simulated broker. Values are never shown. */
final class BrokerKeysCheck implements PreflightCheck {

    private static final String KEY_ID = "secrets.alpaca_key_id";
    private static final String SECRET = "secrets.alpaca_secret_key";

    @Override
    public String name() {
        return "broker keys present";
    }

    @Override
    public String rule() {
        return "Looks for ALPACA_API_KEY_ID and ALPACA_API_SECRET_KEY (or APCA_API_...) in the environment or .env; only where"
                + " they come from is shown, never their values. Both set: PASS. Neither: PASS in paper mode (the simulated"
                + " broker in the store is used), FAIL in live mode. Only one: WARN in paper mode, FAIL in live mode. On a"
                + " FAIL, set both keys of the live account.";
    }

    @Override
    public Verdict run(PreflightSubject subject) {
        subject.config();
        EffectiveConfig effective = subject.effective();
        List<ConfigValue> set = Stream.of(KEY_ID, SECRET).flatMap(key -> effective.value(key).stream()).toList();
        boolean live = subject.mode() == PreflightMode.LIVE;
        if (set.size() == 2) {
            return Verdict.pass("Alpaca keys set (" + set.get(0).location() + ", " + set.get(1).location() + ")");
        }
        if (set.isEmpty()) {
            return live ? Verdict.fail("no Alpaca keys: live mode needs ALPACA_API_KEY_ID and ALPACA_API_SECRET_KEY")
                    : Verdict.pass("no Alpaca keys: the simulated broker in the store is used");
        }
        String reason = "only one Alpaca key is set (" + set.get(0).location() + "): set both ALPACA_API_KEY_ID and"
                + " ALPACA_API_SECRET_KEY" + (live ? "" : ", or neither for the simulated broker");
        return live ? Verdict.fail(reason) : Verdict.warn(reason);
    }
}
