package io.kairos.portfolio;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The readiness of a rebalance date: which data it would use and what the checks found.
 *
 * @param date      the rebalance date asked for
 * @param dataDate  the latest feat_matrix date on or before it, null when there is none
 * @param modelId   the model whose predictions cover the data date, null when none does
 * @param fold      that model's fold for the data date (0: the final model), -1 when none
 */
public record Readiness(LocalDate date, LocalDate dataDate, String modelId, int fold, List<ReadinessCheck> checks) {

    public Readiness {
        checks = List.copyOf(checks);
    }

    public boolean blocked() {
        return checks.stream().anyMatch(check -> check.severity() == Severity.CRITICAL);
    }

    /** The critical checks' messages, one per line. */
    public String blockingReasons() {
        return String.join("\n", checks.stream().filter(check -> check.severity() == Severity.CRITICAL)
                .map(check -> check.name() + ": " + check.message()).toList());
    }

    /** The report as checks.json and check-data --json give it, fields in a fixed order. */
    public Map<String, Object> asJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("date", date.toString());
        json.put("data_date", dataDate == null ? null : dataDate.toString());
        json.put("model_id", modelId);
        json.put("fold", fold);
        json.put("blocked", blocked());
        json.put("checks", checks);
        return json;
    }

    /** The same readiness with {@code more} checks after these. */
    Readiness with(List<ReadinessCheck> more) {
        return new Readiness(date, dataDate, modelId, fold, Stream.concat(checks.stream(), more.stream()).toList());
    }
}
