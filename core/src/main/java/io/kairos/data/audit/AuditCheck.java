package io.kairos.data.audit;

import com.fasterxml.jackson.annotation.JsonValue;
import io.kairos.KairosException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What the data audit looks for; docs/DATA_AUDIT.md gives each rule, its threshold and what to do about it. */
public enum AuditCheck {
    CALENDAR_GAPS,
    DUPLICATE_ROWS,
    NON_POSITIVE_PRICES,
    MISSING_VALUES,
    OHLC_INCONSISTENT,
    ZERO_VOLUME_RUNS,
    SUSPECT_JUMPS,
    BAD_PRINTS,
    STALE_DATA,
    STALE_TICKERS;

    /** The snake_case name used in audit.json and in configuration, e.g. {@code duplicate_rows}. */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The check named {@code id} (as {@link #id()} spells it, any case); a usage error naming the choices otherwise. */
    public static AuditCheck fromId(String id) {
        return Arrays.stream(values())
                .filter(check -> check.id().equalsIgnoreCase(id.trim()))
                .findFirst()
                .orElseThrow(() -> KairosException.usage("Unknown audit check '" + id + "'; choose from "
                        + Arrays.stream(values()).map(AuditCheck::id).collect(Collectors.joining(", ")) + "."));
    }

    @Override
    public String toString() {
        return id();
    }
}
