package io.kairos.risk;

/**
 * One pre-trade check's outcome for one order.
 *
 * @param detail a one-line account of what was measured (on a pass) or why the order is rejected
 */
public record CheckResult(String check, boolean passed, String detail) {

    static CheckResult pass(String check, String detail) {
        return new CheckResult(check, true, detail);
    }

    static CheckResult reject(String check, String reason) {
        return new CheckResult(check, false, reason);
    }
}
