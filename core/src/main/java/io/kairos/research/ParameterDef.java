package io.kairos.research;

/**
 * One parameter of a strategy family: its name, its default, and whether it takes whole numbers (periods, bar
 * counts) or any number (thresholds, multipliers).
 */
public record ParameterDef(String name, double defaultValue, boolean whole) {

    /** The value as the strategy takes it: an Integer for a whole parameter, else a Double. */
    Number typed(double value) {
        return whole ? (Number) (int) value : (Number) value;
    }

    /** {@code fast (default 10)}, for messages and help. */
    String describe() {
        return name + " (default " + StrategySpec.format(typed(defaultValue)) + ")";
    }
}
