package io.kairos.ops.preflight;

import io.kairos.config.KairosConfig;
import io.kairos.execution.alpaca.AlpacaBrokerSettings;

/** The requested mode matches the Alpaca host: paper mode on a paper host, live mode on a live one. */
final class BaseUrlModeCheck implements PreflightCheck {

    @Override
    public String name() {
        return "mode matches base URL";
    }

    @Override
    public String rule() {
        return "Compares --mode with the host of broker.alpaca_base_url (ALPACA_BASE_URL): paper-api.* is a paper account,"
                + " any other host real money. Live mode on a paper host, or paper mode on a live host with the keys set, is a"
                + " FAIL: fix ALPACA_BASE_URL or --mode. Paper mode on a live host without keys is a WARN (unused until the"
                + " keys are set).";
    }

    @Override
    public Verdict run(PreflightSubject subject) {
        KairosConfig config = subject.config();
        String url = config.broker().alpacaBaseUrl();
        boolean paperHost = AlpacaBrokerSettings.paperHost(url);
        boolean keys = config.secrets().alpacaKeys();
        if (subject.mode() == PreflightMode.LIVE) {
            return paperHost ? Verdict.fail("live mode, but " + url + " is a paper host: set ALPACA_BASE_URL to"
                    + " https://api.alpaca.markets, or run --mode paper") : Verdict.pass("live mode at " + url);
        }
        if (paperHost) {
            return Verdict.pass("paper mode at " + url + (keys ? "" : " (unused: no Alpaca keys, the simulated broker)"));
        }
        return keys ? Verdict.fail("paper mode, but " + url + " trades real money: set ALPACA_BASE_URL to "
                + AlpacaBrokerSettings.DEFAULT_BASE_URL + ", or run --mode live")
                : Verdict.warn("paper mode uses the simulated broker, but " + url + " trades real money once Alpaca keys are set");
    }
}
