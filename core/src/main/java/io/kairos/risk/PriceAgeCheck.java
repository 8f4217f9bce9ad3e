package io.kairos.risk;

import io.kairos.calendar.NyseCalendar;

/**
 * The reference price is recent: its age is the number of NYSE sessions after its date up to the trading
 * date, so the previous session's close is 1 session old whatever weekend or holiday lies between.
 */
final class PriceAgeCheck implements PreTradeCheck {

    private final NyseCalendar calendar;
    private final int maxSessions;

    PriceAgeCheck(NyseCalendar calendar, int maxSessions) {
        this.calendar = calendar;
        this.maxSessions = maxSessions;
    }

    @Override
    public String name() {
        return "price_age";
    }

    @Override
    public CheckResult evaluate(PreTradeInput input) {
        if (input.referencePrice().signum() <= 0) {
            return CheckResult.reject(name(), "the reference price " + input.referencePrice().toPlainString() + " is not positive");
        }
        if (input.priceDate().isAfter(input.tradeDate())) {
            return CheckResult.reject(name(), "the reference price of " + input.priceDate() + " is dated after the trading date "
                    + input.tradeDate());
        }
        int age = calendar.sessions(input.priceDate(), input.tradeDate()).size() - (calendar.isSession(input.priceDate()) ? 1 : 0);
        String measured = "the reference price " + input.referencePrice().toPlainString() + " of " + input.priceDate() + " is " + age
                + (age == 1 ? " session" : " sessions") + " old on " + input.tradeDate();
        return age > maxSessions
                ? CheckResult.reject(name(), measured + ", beyond risk.max_price_age_sessions " + maxSessions)
                : CheckResult.pass(name(), measured + " (at most " + maxSessions + ")");
    }
}
