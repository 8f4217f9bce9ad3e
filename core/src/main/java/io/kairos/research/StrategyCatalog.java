package io.kairos.research;

import io.kairos.KairosException;
import io.kairos.research.strategy.DonchianBreakout;
import io.kairos.research.strategy.MacdCross;
import io.kairos.research.strategy.Momentum;
import io.kairos.research.strategy.RsiReversion;
import io.kairos.research.strategy.SmaCross;
import io.kairos.research.strategy.VolatilityBreakout;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The strategy families a run may name, and the parsing of {@code NAME:k=v,...} into a {@link StrategySpec}. */
public final class StrategyCatalog {

    private final Map<String, StrategyFamily> families = new LinkedHashMap<>();

    public StrategyCatalog(List<StrategyFamily> families) {
        families.forEach(family -> this.families.put(family.name(), family));
    }

    /** The six families of docs/RESEARCH.md with their defaults. */
    public static StrategyCatalog standard() {
        return new StrategyCatalog(List.of(
                new StrategyFamily("sma_cross", List.of(whole("fast", 10), whole("slow", 30)),
                        v -> new SmaCross(v.get("fast").intValue(), v.get("slow").intValue())),
                new StrategyFamily("rsi", List.of(whole("period", 14), number("low", 30), number("high", 70)),
                        v -> new RsiReversion(v.get("period").intValue(), v.get("low").doubleValue(), v.get("high").doubleValue())),
                new StrategyFamily("donchian", List.of(whole("entry", 20), whole("exit", 10)),
                        v -> new DonchianBreakout(v.get("entry").intValue(), v.get("exit").intValue())),
                new StrategyFamily("macd", List.of(whole("fast", 12), whole("slow", 26), whole("signal", 9)),
                        v -> new MacdCross(v.get("fast").intValue(), v.get("slow").intValue(), v.get("signal").intValue())),
                new StrategyFamily("momentum", List.of(whole("lookback", 20), whole("hold", 10)),
                        v -> new Momentum(v.get("lookback").intValue(), v.get("hold").intValue())),
                new StrategyFamily("vol_breakout", List.of(whole("period", 20), number("k", 1.5)),
                        v -> new VolatilityBreakout(v.get("period").intValue(), v.get("k").doubleValue()))));
    }

    private static ParameterDef whole(String name, double defaultValue) {
        return new ParameterDef(name, defaultValue, true);
    }

    private static ParameterDef number(String name, double defaultValue) {
        return new ParameterDef(name, defaultValue, false);
    }

    public List<StrategyFamily> families() {
        return List.copyOf(families.values());
    }

    /**
     * Parses {@code NAME} or {@code NAME:k=v,...}; parameters not given take their defaults, and the values are
     * checked together by the strategy (so a spec that parses makes a strategy).
     *
     * @throws KairosException (usage) naming what is wrong: an unknown strategy (with the known ones), an unknown or
     *                         repeated parameter or one without a value (with the expected ones), a bad value
     */
    public StrategySpec parse(String text) {
        String trimmed = text.strip();
        int colon = trimmed.indexOf(':');
        StrategyFamily family = family(colon < 0 ? trimmed : trimmed.substring(0, colon), text);
        Map<String, Number> given = new LinkedHashMap<>();
        if (colon >= 0 && !trimmed.substring(colon + 1).isBlank()) {
            for (String pair : trimmed.substring(colon + 1).split(",", -1)) {
                int equals = pair.indexOf('=');
                String name = (equals < 0 ? pair : pair.substring(0, equals)).strip();
                ParameterDef parameter = parameter(family, name, text);
                if (equals < 0 || pair.substring(equals + 1).isBlank()) {
                    throw bad(text, "parameter " + name + " has no value (write " + name + "=VALUE)");
                }
                if (given.containsKey(name)) {
                    throw bad(text, "parameter " + name + " is given twice");
                }
                given.put(name, value(parameter, pair.substring(equals + 1).strip(), text));
            }
        }
        StrategySpec spec = withDefaults(family, given);
        try {
            family.create(spec.parameters());
        } catch (IllegalArgumentException e) {
            throw bad(text, e.getMessage());
        }
        return spec;
    }

    /** A new strategy for the spec (each run needs its own: a strategy holds its indicators). */
    public Strategy create(StrategySpec spec) {
        return family(spec.name(), spec.toString()).create(spec.parameters());
    }

    /** The family called {@code name}; a usage error listing the known ones otherwise. */
    StrategyFamily family(String name, String context) {
        StrategyFamily family = families.get(name.strip());
        if (family == null) {
            throw bad(context, (name.isBlank() ? "no strategy name" : "unknown strategy '" + name.strip() + "'") + ". Known: "
                    + String.join(", ", families.keySet()));
        }
        return family;
    }

    static ParameterDef parameter(StrategyFamily family, String name, String context) {
        Optional<ParameterDef> found = family.parameters().stream().filter(p -> p.name().equals(name)).findFirst();
        return found.orElseThrow(() -> bad(context, family.name() + " has no parameter '" + name + "'; its parameters are "
                + family.parameters().stream().map(ParameterDef::describe).collect(Collectors.joining(", "))));
    }

    /** One value of a parameter: a whole number for a whole parameter, any finite number otherwise. */
    static Number value(ParameterDef parameter, String text, String context) {
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            value = Double.NaN;
        }
        if (!Double.isFinite(value) || parameter.whole() && (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE)) {
            throw bad(context, parameter.name() + "=" + text + " is not " + (parameter.whole() ? "a whole number" : "a number"));
        }
        return parameter.typed(value);
    }

    static StrategySpec withDefaults(StrategyFamily family, Map<String, Number> given) {
        Map<String, Number> values = new LinkedHashMap<>();
        for (ParameterDef parameter : family.parameters()) {
            values.put(parameter.name(), given.getOrDefault(parameter.name(), parameter.typed(parameter.defaultValue())));
        }
        return new StrategySpec(family.name(), values);
    }

    static KairosException bad(String text, String what) {
        return KairosException.usage("Bad strategy '" + text + "': " + what + ". Write NAME:k=v,..., e.g. sma_cross:fast=10,slow=30.");
    }
}
