package io.kairos.ops.preflight;

import io.kairos.config.ConfigPin;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The settings in effect are the ones the operator pinned (state/config.pin); every changed key is named. */
final class ConfigPinCheck implements PreflightCheck {

    private static final int NAMED = 3;

    @Override
    public String name() {
        return "config matches pin";
    }

    @Override
    public String rule() {
        return "Compares the SHA-256 of the non-secret settings in effect with state/config.pin, written by kairos config pin."
                + " PASS when they match. No pin: WARN in paper mode, FAIL in live mode. A mismatch is a FAIL naming each"
                + " changed setting (pinned -> now): undo the change, or review it and run kairos config pin again.";
    }

    @Override
    public Verdict run(PreflightSubject subject) {
        Path file = subject.stateFolder().resolve(ConfigPin.FILE);
        Optional<ConfigPin> pinned = ConfigPin.read(file);
        if (pinned.isEmpty()) {
            String reason = "no config pin (" + subject.shown(file) + "): review kairos config show, then run kairos config pin";
            return subject.mode() == PreflightMode.LIVE ? Verdict.fail(reason) : Verdict.warn(reason);
        }
        ConfigPin pin = pinned.get();
        if (!pin.intact()) {
            return Verdict.fail(subject.shown(file) + " was edited by hand: its settings do not give its sha256; run kairos"
                    + " config pin again once the configuration is reviewed");
        }
        ConfigPin now = ConfigPin.of(subject.effective(), subject.now(), pin.pinnedBy());
        List<String> changes = pin.changesTo(now);
        String since = "the pin of " + pin.pinnedAt() + (pin.pinnedBy() == null ? "" : " by " + pin.pinnedBy());
        if (changes.isEmpty()) {
            return Verdict.pass("matches " + since + " (sha256 " + pin.sha256().substring(0, 12) + ")");
        }
        String named = String.join("; ", changes.subList(0, Math.min(NAMED, changes.size())))
                + (changes.size() > NAMED ? "; and " + (changes.size() - NAMED) + " more (--verbose)" : "");
        return Verdict.fail(Words.count(changes.size(), "setting") + " changed since " + since + ": "
                + named).withDetails(changes);
    }
}
