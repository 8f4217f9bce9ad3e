package io.kairos.risk;

import io.kairos.execution.Account;

/** No order on an account the broker has blocked. */
final class AccountCheck implements PreTradeCheck {

    @Override
    public String name() {
        return "account";
    }

    @Override
    public CheckResult evaluate(PreTradeInput input) {
        Account account = input.account();
        return account.blocked()
                ? CheckResult.reject(name(), "the broker account " + account.id() + " is blocked (status " + account.status() + ")")
                : CheckResult.pass(name(), "account " + account.id() + " " + account.status() + ", not blocked");
    }
}
