package io.kairos.risk;

import io.kairos.KairosException;
import java.util.List;
import java.util.stream.Collectors;

/** Every check's outcome for one order, in the order the checks ran; approved only when all passed. */
public record PreTradeVerdict(String clientOrderId, String symbol, List<CheckResult> results) {

    public PreTradeVerdict {
        results = List.copyOf(results);
    }

    public boolean approved() {
        return results.stream().allMatch(CheckResult::passed);
    }

    public List<CheckResult> rejections() {
        return results.stream().filter(result -> !result.passed()).toList();
    }

    /** The outcome of the check named {@code check}. */
    public CheckResult result(String check) {
        return results.stream().filter(result -> result.check().equals(check)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no check named " + check));
    }

    /** One line: {@code approved (8 checks passed)} or {@code rejected: position_size: ...; buying_power: ...}. */
    public String summary() {
        return approved() ? "approved (" + results.size() + " checks passed)" : "rejected: " + rejections().stream()
                .map(result -> result.check() + ": " + result.detail()).collect(Collectors.joining("; "));
    }

    /** Throws a REFUSED {@link KairosException} naming every rejection unless the order is approved. */
    public void requireApproved() {
        if (!approved()) {
            throw new KairosException(KairosException.Kind.REFUSED, "Order " + clientOrderId + " (" + symbol + ") "
                    + summary() + ".");
        }
    }
}
