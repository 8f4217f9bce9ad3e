package io.kairos.research;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A named family of strategies: its parameters with their defaults, and how to make a strategy from
 * values for every parameter. The strategy's constructor checks the values together (e.g. fast below slow) and says
 * what is wrong with an {@link IllegalArgumentException}.
 */
public record StrategyFamily(String name, List<ParameterDef> parameters,
        Function<Map<String, Number>, Strategy> factory) {

    public StrategyFamily {
        parameters = List.copyOf(parameters);
    }

    Strategy create(Map<String, Number> values) {
        return factory.apply(values);
    }
}
