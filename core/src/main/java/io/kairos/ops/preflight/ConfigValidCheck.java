package io.kairos.ops.preflight;

import io.kairos.config.ConfigOrigin;
import io.kairos.config.EffectiveConfig;

/** The configuration loads, parses and validates: the first bad setting, with where it was set, is the FAIL. */
final class ConfigValidCheck implements PreflightCheck {

    @Override
    public String name() {
        return "configuration valid";
    }

    @Override
    public String rule() {
        return "Loads config/kairos.yaml, config/risk.yaml, .env, the environment and the flags, and types and validates every"
                + " setting. FAIL names the first bad setting and where it was set: fix it there (kairos config show lists them"
                + " all). The checks that need the configuration are skipped while it is invalid.";
    }

    @Override
    public Verdict run(PreflightSubject subject) {
        subject.loadConfig();
        EffectiveConfig effective = subject.effective();
        long set = effective.entries().stream()
                .filter(entry -> entry.value().map(value -> value.origin() != ConfigOrigin.DEFAULT).orElse(false)).count();
        return Verdict.pass("every setting valid; " + set + " set beyond the built-in defaults (kairos config show lists them)");
    }
}
