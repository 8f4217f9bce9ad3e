package io.kairos.research;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parameter sweep of one family, written {@code NAME:p=LIST;q=LIST} where a LIST is comma-separated values and
 * ranges {@code FROM..TO} (step 1) or {@code FROM..TO:STEP}, both ends included: {@code sma_cross:fast=5,10,20;slow=30..50:10}
 * is 3 x 3 = 9 points. Parameters not named keep their defaults. Points run in the order of the family's parameters,
 * the first varying slowest. A point the strategy refuses (e.g. fast >= slow) is skipped with a note.
 */
public final class ParameterGrid {

    /** The points to run and a note for each point skipped. */
    public record Expansion(List<StrategySpec> points, List<String> skipped) {
    }

    private static final int MAX_VALUES = 10_000;

    private ParameterGrid() {
    }

    public static Expansion expand(String text, StrategyCatalog catalog) {
        String trimmed = text.strip();
        int colon = trimmed.indexOf(':');
        StrategyFamily family = catalog.family(colon < 0 ? trimmed : trimmed.substring(0, colon), text);
        Map<String, List<Number>> axes = new LinkedHashMap<>();
        if (colon >= 0 && !trimmed.substring(colon + 1).isBlank()) {
            for (String axis : trimmed.substring(colon + 1).split(";", -1)) {
                int equals = axis.indexOf('=');
                String name = (equals < 0 ? axis : axis.substring(0, equals)).strip();
                ParameterDef parameter = StrategyCatalog.parameter(family, name, text);
                if (equals < 0 || axis.substring(equals + 1).isBlank()) {
                    throw StrategyCatalog.bad(text, "parameter " + name + " has no values (write " + name + "=1,2,3 or "
                            + name + "=1..10:3; separate parameters with ';')");
                }
                if (axes.containsKey(name)) {
                    throw StrategyCatalog.bad(text, "parameter " + name + " is given twice");
                }
                axes.put(name, values(parameter, axis.substring(equals + 1), text));
            }
        }
        List<Map<String, Number>> points = new ArrayList<>();
        points.add(new LinkedHashMap<>());
        for (ParameterDef parameter : family.parameters()) {
            List<Number> values = axes.getOrDefault(parameter.name(), List.of(parameter.typed(parameter.defaultValue())));
            List<Map<String, Number>> next = new ArrayList<>();
            for (Map<String, Number> point : points) {
                for (Number value : values) {
                    Map<String, Number> extended = new LinkedHashMap<>(point);
                    extended.put(parameter.name(), value);
                    next.add(extended);
                }
            }
            points = next;
        }
        List<StrategySpec> kept = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Map<String, Number> point : points) {
            StrategySpec spec = new StrategySpec(family.name(), point);
            try {
                family.create(point);
                kept.add(spec);
            } catch (IllegalArgumentException e) {
                skipped.add("skipped " + spec + ": " + e.getMessage());
            }
        }
        if (kept.isEmpty()) {
            throw StrategyCatalog.bad(text, "every point was skipped (" + String.join("; ", skipped) + ")");
        }
        return new Expansion(kept, skipped);
    }

    private static List<Number> values(ParameterDef parameter, String list, String text) {
        List<Number> values = new ArrayList<>();
        for (String item : list.split(",", -1)) {
            String value = item.strip();
            int dots = value.indexOf("..");
            if (dots < 0) {
                values.add(StrategyCatalog.value(parameter, value, text));
                continue;
            }
            int colon = value.indexOf(':', dots);
            double from = StrategyCatalog.value(parameter, value.substring(0, dots).strip(), text).doubleValue();
            double to = StrategyCatalog.value(parameter, (colon < 0 ? value.substring(dots + 2) : value.substring(dots + 2, colon))
                    .strip(), text).doubleValue();
            double step = colon < 0 ? 1 : StrategyCatalog.value(parameter, value.substring(colon + 1).strip(), text).doubleValue();
            if (!(step > 0) || to < from) {
                throw StrategyCatalog.bad(text, "the range " + value + " needs FROM <= TO and a step above 0");
            }
            long count = (long) Math.floor((to - from) / step + 1e-9) + 1;
            if (values.size() + count > MAX_VALUES) {
                throw StrategyCatalog.bad(text, "the range " + value + " has more than " + MAX_VALUES + " values");
            }
            for (long i = 0; i < count; i++) {
                // decimal arithmetic, so that 0.5..1:0.1 gives 0.7, not 0.7000000000000001
                values.add(parameter.typed(BigDecimal.valueOf(from).add(BigDecimal.valueOf(step).multiply(BigDecimal.valueOf(i)))
                        .doubleValue()));
            }
        }
        return values;
    }
}
