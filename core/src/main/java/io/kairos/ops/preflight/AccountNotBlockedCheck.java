package io.kairos.ops.preflight;

import io.kairos.execution.Account;
import java.util.Locale;

/** The broker does not block the account or its trading, and the account is active. */
final class AccountNotBlockedCheck implements PreflightCheck {

    private static final String ACTIVE = "ACTIVE";

    @Override
    public String name() {
        return "account not blocked";
    }

    @Override
    public String rule() {
        return "Reads the account's blocked flags (account or trading blocked) and status. Blocked: FAIL, every order would be"
                + " refused; see the broker's dashboard or support. A status other than ACTIVE: WARN. Otherwise PASS.";
    }

    @Override
    public Verdict run(PreflightSubject subject) {
        Account account = subject.account();
        String which = "account " + account.id() + " (status " + account.status() + ")";
        if (account.blocked()) {
            return Verdict.fail(which + " is blocked: the broker refuses every order; see its dashboard");
        }
        if (!ACTIVE.equals(String.valueOf(account.status()).toUpperCase(Locale.ROOT))) {
            return Verdict.warn(which + " is not blocked but not " + ACTIVE + " either");
        }
        return Verdict.pass(which + " not blocked");
    }
}
