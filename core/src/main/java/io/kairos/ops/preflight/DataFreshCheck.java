package io.kairos.ops.preflight;

import java.time.LocalDate;

/** sep_base holds the last completed NYSE session: on a weekend or holiday that is the session before. */
final class DataFreshCheck implements PreflightCheck {

    @Override
    public String name() {
        return "data fresh";
    }

    @Override
    public String rule() {
        return "The latest date in sep_base against the last completed NYSE session (the latest whose close has passed, so a"
                + " weekend or holiday asks for the session before). PASS when it is there. FAIL when sep_base ends earlier"
                + " (run kairos download, then kairos features) or is empty. WARN when it holds a later date (a clock or data"
                + " problem).";
    }

    @Override
    public Verdict run(PreflightSubject subject) {
        LocalDate last = subject.lastCompletedSession();
        LocalDate loaded = subject.store().latestPriceDate().orElse(null);
        if (loaded == null) {
            return Verdict.fail("sep_base holds no prices: run kairos download");
        }
        if (loaded.isBefore(last)) {
            int behind = subject.calendar().sessions(loaded.plusDays(1), last).size();
            return Verdict.fail("sep_base ends on " + loaded + ", " + Words.count(behind, "session") + " before " + last + ", the last completed session: run kairos download, then kairos features");
        }
        if (loaded.isAfter(last)) {
            return Verdict.warn("sep_base holds " + loaded + ", after " + last + ", the last completed session: check this"
                    + " machine's clock and the data source");
        }
        return Verdict.pass("sep_base has " + last + ", the last completed session");
    }
}
