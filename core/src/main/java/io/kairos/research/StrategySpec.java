package io.kairos.research;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A strategy family and a value for each of its parameters, in the family's order: what one run uses, written
 * {@code sma_cross:fast=10,slow=30} (see {@link StrategyCatalog#parse}).
 */
public record StrategySpec(String name, Map<String, Number> parameters) {

    public StrategySpec {
        parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** {@code fast=10,slow=30}. */
    public String parameterText() {
        return parameters.entrySet().stream().map(e -> e.getKey() + "=" + format(e.getValue())).collect(Collectors.joining(","));
    }

    @Override
    public String toString() {
        return name + ":" + parameterText();
    }

    /** A number as a person writes it: 10, 1.5, 30 (not 30.0). */
    static String format(Number value) {
        return value instanceof Integer ? value.toString() : BigDecimal.valueOf(value.doubleValue()).stripTrailingZeros().toPlainString();
    }
}
